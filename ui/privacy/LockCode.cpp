// The lock code's digest: SHA-256 over a random salt and the code, repeated 100,000 times.
#include "ui/privacy/LockCode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSettings>

namespace parcours::ui::LockCode {

namespace {

const QString kSaltKey = QStringLiteral("privacy/lockCodeSalt");
const QString kDigestKey = QStringLiteral("privacy/lockCodeDigest");
constexpr int kRounds = 100000;

QByteArray digest(const QByteArray& salt, const QString& code)
{
    QByteArray value = salt + code.toUtf8();
    for (int round = 0; round < kRounds; ++round)
        value = QCryptographicHash::hash(salt + value, QCryptographicHash::Sha256);
    return value;
}

} // namespace

bool isSet()
{
    return QSettings().contains(kDigestKey);
}

void set(const QString& code)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    QSettings settings;
    settings.setValue(kSaltKey, salt.toBase64());
    settings.setValue(kDigestKey, digest(salt, code).toBase64());
}

void clear()
{
    QSettings settings;
    settings.remove(kSaltKey);
    settings.remove(kDigestKey);
}

bool matches(const QString& code)
{
    const QSettings settings;
    const QByteArray salt = QByteArray::fromBase64(settings.value(kSaltKey).toByteArray());
    const QByteArray expected = QByteArray::fromBase64(settings.value(kDigestKey).toByteArray());
    return !expected.isEmpty() && equalSecrets(digest(salt, code), expected);
}

bool equalSecrets(const QByteArray& a, const QByteArray& b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype length = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < length; ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace parcours::ui::LockCode
