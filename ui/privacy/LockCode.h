// The code that unlocks the window of a plain base (one without a passphrase): chosen by the user,
// kept only as a salted, slowly computed digest in the user's settings.
#pragma once

#include <QString>

namespace parcours::ui::LockCode {

// At least 4 characters (digits or anything else).
inline constexpr int kMinimumLength = 4;

bool isSet();
void set(const QString& code); // kMinimumLength characters at least
void clear();
// Whether `code` is the one set (compared in constant time).
bool matches(const QString& code);

// Whether two secrets are equal, in a time that does not depend on where they differ.
bool equalSecrets(const QByteArray& a, const QByteArray& b);

} // namespace parcours::ui::LockCode
