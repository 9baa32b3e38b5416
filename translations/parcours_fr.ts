<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Follow-up of the participants of a PLIE, for the case workers (r&amp;eacute;f&amp;eacute;rent.e.s de parcours).&lt;/p&gt;&lt;p&gt;The participants&apos; files stay in the database on this computer; only aggregated, anonymous figures leave it for the national consolidation.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Suivi des participant.e.s d’un PLIE, pour les référent.e.s de parcours.&lt;/p&gt;&lt;p&gt;Les dossiers des participant.e.s restent dans la base de données de cet ordinateur&#xa0;; seuls des chiffres agrégés et anonymes en sortent, pour la consolidation nationale.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
</context>
<context>
    <name>CountsText</name>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant.e</numerusform>
            <numerusform>%Ln participant.e.s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pathway(s)</source>
        <translation>
            <numerusform>%Ln parcours</numerusform>
            <numerusform>%Ln parcours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln barrier(s)</source>
        <translation>
            <numerusform>%Ln frein</numerusform>
            <numerusform>%Ln freins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold period(s)</source>
        <translation>
            <numerusform>%Ln période de veille</numerusform>
            <numerusform>%Ln périodes de veille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln broken hire(s)</source>
        <translation>
            <numerusform>%Ln embauche rompue</numerusform>
            <numerusform>%Ln embauches rompues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoPlie</name>
    <message>
        <source>Demo PLIE</source>
        <translation>PLIE de démonstration</translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo PLIE cannot be opened from &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le PLIE de démonstration ne peut pas être ouvert depuis &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>in pathway</source>
        <translation>en parcours</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en veille</translation>
    </message>
    <message>
        <source>in work (follow-up)</source>
        <translation>en emploi – suivi</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>sorti.e</translation>
    </message>
    <message>
        <source>no pathway</source>
        <translation>sans parcours</translation>
    </message>
</context>
<context>
    <name>StartupDatabase</name>
    <message>
        <source>Parcours cannot start</source>
        <translation>Parcours ne peut pas démarrer</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; cannot be opened.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base de données &lt;b&gt;%1&lt;/b&gt; ne peut pas être ouverte.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follow-up of the participants of a PLIE.</source>
        <translation>Suivi des participant.e.s d’un PLIE.</translation>
    </message>
    <message>
        <source>Open (or create) the database FILE instead of the default one (%1).</source>
        <translation>Ouvre (ou crée) la base de données FICHIER au lieu de celle par défaut (%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Référent.e</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier entretien</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DemoBanner</name>
    <message>
        <source>&lt;b&gt;You are viewing a demo PLIE:&lt;/b&gt; fictitious data.</source>
        <translation>&lt;b&gt;Vous consultez un PLIE de démonstration&#xa0;:&lt;/b&gt; données fictives.</translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation>&amp;Revenir à ma base</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DemoCreationDialog</name>
    <message>
        <source>Demo PLIE</source>
        <translation>PLIE de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Creating a demo PLIE of %n fictitious participant(s), in a database of its own…</source>
        <translation>
            <numerusform>Création d’un PLIE de démonstration&#xa0;: %n participant.e aux données fictives, dans une base à part…</numerusform>
            <numerusform>Création d’un PLIE de démonstration&#xa0;: %n participant.e.s aux données fictives, dans une base à part…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::EmptyCaseloadPanel</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No participant yet&amp;hellip;&lt;/p&gt;&lt;p&gt;The participants you follow will be listed here.&lt;/p&gt;&lt;p&gt;Start from the files of your former tool, or discover Parcours on a demo PLIE: its data is fictitious and kept in a database of its own.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Aucun participant pour l’instant…&lt;/p&gt;&lt;p&gt;Les participant.e.s que vous suivez apparaîtront ici.&lt;/p&gt;&lt;p&gt;Reprenez les fichiers de votre ancien outil, ou découvrez Parcours sur un PLIE de démonstration&#xa0;: ses données sont fictives et rangées dans une base à part.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>A folder of CSV files in the interchange format: participants.csv, parcours.csv…</source>
        <translation>Un dossier de fichiers CSV au format d’échange&#xa0;: participants.csv, parcours.csv…</translation>
    </message>
    <message>
        <source>Open the demo PLIE</source>
        <translation>Ouvrir le PLIE de démonstration</translation>
    </message>
    <message>
        <source>Fictitious participants, to try Parcours without touching your database</source>
        <translation>Des données fictives, pour essayer Parcours sans toucher à votre base</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Dans une prochaine version</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportDialog</name>
    <message>
        <source>&amp;Copy the errors</source>
        <translation>&amp;Copier les erreurs</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Folder: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dossier&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Correct these lines in the files, then import the folder again.</source>
        <translation>Corrigez ces lignes dans les fichiers, puis importez de nouveau le dossier.</translation>
    </message>
    <message>
        <source>Copies every error, one a line, as file:line: column: message</source>
        <translation>Copie toutes les erreurs, une par ligne, sous la forme fichier:ligne: colonne: message</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The folder has been imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The database now also holds:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le dossier a été importé.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La base contient en plus&#xa0;:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import could not be done.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was imported: the database is unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L’import n’a pas pu se faire.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Rien n’a été importé&#xa0;: la base est inchangée.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s): nothing was imported, the database is unchanged.</source>
        <translation>
            <numerusform>%Ln erreur&#xa0;: rien n’a été importé, la base est inchangée.</numerusform>
            <numerusform>%Ln erreurs&#xa0;: rien n’a été importé, la base est inchangée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>Open the &amp;demo PLIE</source>
        <translation>Ouvrir le PLIE de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation>&amp;Revenir à ma base</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>Importer un dossier de fichiers CSV</translation>
    </message>
    <message>
        <source>Demo PLIE</source>
        <translation>PLIE de démonstration</translation>
    </message>
    <message>
        <source>Your database is the demo&apos;s file, %1: the demo cannot be opened beside it.</source>
        <translation>Votre base est le fichier de la démonstration, %1&#xa0;: la démonstration ne peut pas s’ouvrir à côté.</translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation>Démonstration</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ProgressPanel</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
</context>
</TS>
