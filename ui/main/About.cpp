// The "About Parcours" box: version, purpose, and where the data lives.
#include "ui/main/About.h"

#include "Version.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>

namespace parcours::ui {

QString aboutText()
{
    return QCoreApplication::translate("About", "<h3>Parcours %1</h3>"
                                                "<p>Follow-up of the participants of a PLIE, for the case workers "
                                                "(r&eacute;f&eacute;rent.e.s de parcours).</p>"
                                                "<p>The participants' files stay in the database on this computer; "
                                                "only aggregated, anonymous figures leave it for the national "
                                                "consolidation.</p>"
                                                "<p>Built with Qt %2.</p>")
        .arg(QString::fromUtf8(kVersion), QString::fromUtf8(qVersion()));
}

void showAbout(QWidget* parent)
{
    MessageBox::about(parent, QCoreApplication::translate("About", "About Parcours"), aboutText());
}

} // namespace parcours::ui
