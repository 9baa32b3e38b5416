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
    <name>CaseloadExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Save the list of participants</source>
        <translation>Enregistrer la liste des participant.e.s</translation>
    </message>
    <message>
        <source>participants</source>
        <comment>file name of the saved list</comment>
        <translation>participant.e.s</translation>
    </message>
    <message>
        <source>List not saved</source>
        <translation>Liste non enregistrée</translation>
    </message>
    <message>
        <source>Export not traced</source>
        <translation>Export non tracé</translation>
    </message>
    <message>
        <source>The list is saved, but its trace could not be recorded: %1</source>
        <translation>La liste est enregistrée, mais sa trace n&apos;a pas pu être écrite&#xa0;: %1</translation>
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
    <message numerus="yes">
        <source>%Ln participant(s) followed; guideline: %1 to %2</source>
        <translation>
            <numerusform>%Ln participant.e suivi.e — repère&#xa0;: %1 à %2</numerusform>
            <numerusform>%Ln participant.e.s suivi.e.s — repère&#xa0;: %1 à %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned action(s)</source>
        <translation>
            <numerusform>%Ln action prévue</numerusform>
            <numerusform>%Ln actions prévues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1 (none)</source>
        <comment>a rate without a value</comment>
        <translation>%1 (aucun)</translation>
    </message>
    <message>
        <source>People in a pathway, %1</source>
        <translation>Personnes en parcours, %1</translation>
    </message>
    <message>
        <source>Of exits</source>
        <translation>Des sorties</translation>
    </message>
    <message>
        <source>Of exits, moves,&lt;br&gt;deaths, retirements aside</source>
        <translation>Des sorties, hors déménagements,&lt;br&gt;décès et retraites</translation>
    </message>
    <message>
        <source>Of entries</source>
        <translation>Des entrées</translation>
    </message>
    <message>
        <source>Positive exits, %1</source>
        <translation>Sorties positives, %1</translation>
    </message>
    <message>
        <source>Entries by sex, %1</source>
        <translation>Entrées par sexe, %1</translation>
    </message>
    <message>
        <source>Entries by age, %1</source>
        <translation>Entrées par âge, %1</translation>
    </message>
    <message>
        <source>Entries by education, %1</source>
        <translation>Entrées par niveau de formation, %1</translation>
    </message>
    <message>
        <source>Entries by public, %1 (one person may count in several)</source>
        <translation>Entrées par public, %1 (une personne peut compter dans plusieurs)</translation>
    </message>
    <message>
        <source>Exits by type, %1</source>
        <translation>Sorties par type, %1</translation>
    </message>
    <message>
        <source>Exits by reason, %1</source>
        <translation>Sorties par motif, %1</translation>
    </message>
    <message>
        <source>Positive exits / exits by group, %1</source>
        <translation>Sorties positives / sorties par groupe, %1</translation>
    </message>
    <message>
        <source>Steps by type, %1</source>
        <translation>Étapes par type, %1</translation>
    </message>
    <message>
        <source>Barriers identified and lifted, %1</source>
        <translation>Freins identifiés et levés, %1</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiés</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levés</translation>
    </message>
    <message>
        <source>Positive exits / exits, year by year</source>
        <translation>Sorties positives / sorties, année par année</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A backup&apos;s date and time: « mardi 1 décembre 2026 à 10:14 » (%1 the day, %2 the time)</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation>la sauvegarde du %1</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put %1 in place of the database &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;What was written since that backup will no longer show. The current database is not deleted: it is kept beside it, as &lt;i&gt;%3.remplacee-…&lt;/i&gt;, and can be restored in its turn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mettre %1 à la place de la base &lt;b&gt;%2&lt;/b&gt; ?&lt;/p&gt;&lt;p&gt;Ce qui a été saisi depuis cette sauvegarde n&apos;apparaîtra plus. La base actuelle n&apos;est pas effacée : elle est gardée à côté, sous le nom &lt;i&gt;%3.remplacee-…&lt;/i&gt;, et pourra être restaurée à son tour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours was not closed properly the last time (a crash, or the computer turned off), and the database is now damaged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Parcours n&apos;a pas été fermé correctement la dernière fois (un plantage, ou l&apos;ordinateur éteint), et la base est maintenant endommagée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; is damaged: Parcours will not write into it.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base &lt;b&gt;%1&lt;/b&gt; est endommagée : Parcours n&apos;y écrira rien.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no sound backup of it. The damaged file stays where it is, untouched: &lt;b&gt;%1&lt;/b&gt;. Make a copy of it and ask for help before anything else.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune sauvegarde saine de cette base n&apos;existe. Le fichier endommagé reste où il est, intact : &lt;b&gt;%1&lt;/b&gt;. Faites-en une copie et demandez de l&apos;aide avant toute autre chose.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Open nothing</source>
        <translation>Ne rien ouvrir</translation>
    </message>
    <message>
        <source>&lt;p&gt;The backup could not be restored: %1&lt;/p&gt;&lt;p&gt;The damaged database is still &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La sauvegarde n&apos;a pas pu être restaurée : %1&lt;/p&gt;&lt;p&gt;La base endommagée est toujours &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest sound backup dates from &lt;b&gt;%1&lt;/b&gt;. Restore it? What was written since then will be missing. The damaged file will be kept beside it, as &lt;i&gt;%2.endommagee-…&lt;/i&gt;, never deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La sauvegarde saine la plus récente date du &lt;b&gt;%1&lt;/b&gt;. La restaurer ? Ce qui a été saisi depuis manquera. Le fichier endommagé sera gardé à côté, sous le nom &lt;i&gt;%2.endommagee-…&lt;/i&gt;, jamais effacé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years then months</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <comment>days ago, short</comment>
        <translation>
            <numerusform>il y a %n&#xa0;j</numerusform>
            <numerusform>il y a %n&#xa0;j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FicheDocument</name>
    <message>
        <source>printed on %1</source>
        <translation>imprimée le %1</translation>
    </message>
    <message>
        <source>Fiche parcours – %1</source>
        <translation>Fiche parcours – %1</translation>
    </message>
    <message>
        <source>No pathway.</source>
        <translation>Aucun parcours.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years old)</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né.e le</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>Code postal et commune</translation>
    </message>
    <message>
        <source>Priority neighbourhood (QPV)</source>
        <translation>Quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>France Travail id</source>
        <translation>Identifiant France Travail</translation>
    </message>
    <message>
        <source>File number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Pathway from %1 to %2</source>
        <translation>Parcours du %1 au %2</translation>
    </message>
    <message>
        <source>Pathway since %1</source>
        <translation>Parcours depuis le %1</translation>
    </message>
    <message>
        <source>Référent.e: %1</source>
        <translation>Référent.e&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pathway number: %1</source>
        <translation>Numéro de parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation>Situation à l&apos;entrée</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau de formation</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>Long-term job seeker (DELD)</source>
        <translation>Demandeur.se d&apos;emploi de longue durée (DELD)</translation>
    </message>
    <message>
        <source>Disabled worker (RQTH)</source>
        <translation>Travailleur.se handicapé.e (RQTH)</translation>
    </message>
    <message>
        <source>Other difficulty</source>
        <translation>Autre difficulté</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>No step.</source>
        <translation>Aucune étape.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>No barrier identified.</source>
        <translation>Aucun frein identifié.</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Frein</translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation>Identifié le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation>Levé le</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>No contact.</source>
        <translation>Aucun entretien.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Veilles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hire and six-month follow-up</source>
        <translation>Embauche et suivi à six mois</translation>
    </message>
    <message>
        <source>No hire.</source>
        <translation>Aucune embauche.</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Embauché.e le</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Sector (NAF)</source>
        <translation>Secteur (NAF)</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Rompu le</translation>
    </message>
    <message>
        <source>Lasting job validated on %1.</source>
        <translation>Emploi durable validé le %1.</translation>
    </message>
    <message>
        <source>Six-month follow-up under way, until %1.</source>
        <translation>Suivi à six mois en cours, jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>Six months reached on %1: the lasting job is to be validated.</source>
        <translation>Six mois atteints le %1&#xa0;: l&apos;emploi durable est à valider.</translation>
    </message>
    <message>
        <source>Six months after the hire: %1.</source>
        <translation>Six mois après l&apos;embauche&#xa0;: %1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Actions prévues</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>No exit: the pathway goes on.</source>
        <translation>Pas de sortie&#xa0;: le parcours continue.</translation>
    </message>
    <message>
        <source>positive exit</source>
        <translation>sortie positive</translation>
    </message>
    <message>
        <source>neutral exit</source>
        <translation>sortie neutre</translation>
    </message>
    <message>
        <source>exit without positive outcome</source>
        <translation>sortie sans suite positive</translation>
    </message>
    <message>
        <source>Exited on %1: %2 (%3).</source>
        <translation>Sorti.e le %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Fiche parcours %1.pdf</source>
        <translation>Fiche parcours %1.pdf</translation>
    </message>
</context>
<context>
    <name>FicheOutput</name>
    <message>
        <source>Fiche parcours – %1</source>
        <translation>Fiche parcours – %1</translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation>Ce ou cette participant.e n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FileLabels</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Level 1 (no qualification)</source>
        <translation>Niveau 1 (sans qualification)</translation>
    </message>
    <message>
        <source>Level 2 (basic skills)</source>
        <translation>Niveau 2 (compétences de base)</translation>
    </message>
    <message>
        <source>Level 3 (CAP, BEP)</source>
        <translation>Niveau 3 (CAP, BEP)</translation>
    </message>
    <message>
        <source>Level 4 (baccalauréat)</source>
        <translation>Niveau 4 (baccalauréat)</translation>
    </message>
    <message>
        <source>Level 5 (bac + 2)</source>
        <translation>Niveau 5 (bac + 2)</translation>
    </message>
    <message>
        <source>Level 6 (bachelor)</source>
        <translation>Niveau 6 (licence)</translation>
    </message>
    <message>
        <source>Level 7 (master)</source>
        <translation>Niveau 7 (master)</translation>
    </message>
    <message>
        <source>Level 8 (doctorate)</source>
        <translation>Niveau 8 (doctorat)</translation>
    </message>
    <message>
        <source>Level 9</source>
        <translation>Niveau 9</translation>
    </message>
    <message>
        <source>Level VI (former scale)</source>
        <translation>Niveau VI (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Level V bis (former scale)</source>
        <translation>Niveau V bis (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Level V (former scale)</source>
        <translation>Niveau V (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Level IV (former scale)</source>
        <translation>Niveau IV (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Level III (former scale)</source>
        <translation>Niveau III (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Level II (former scale)</source>
        <translation>Niveau II (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Level I (former scale)</source>
        <translation>Niveau I (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Mobilisation</source>
        <translation>Mobilisation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Job mediation</source>
        <translation>Médiation emploi</translation>
    </message>
    <message>
        <source>Unsubsidised job</source>
        <translation>Emploi non aidé</translation>
    </message>
    <message>
        <source>Subsidised contract</source>
        <translation>Contrat aidé</translation>
    </message>
    <message>
        <source>Insertion through work (IAE)</source>
        <translation>Insertion par l&apos;activité économique (IAE)</translation>
    </message>
    <message>
        <source>Lifting barriers</source>
        <translation>Levée des freins</translation>
    </message>
    <message>
        <source>Support in work</source>
        <translation>Accompagnement dans l&apos;emploi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>ACI (insertion workshop)</source>
        <translation>ACI (atelier et chantier d&apos;insertion)</translation>
    </message>
    <message>
        <source>EI (insertion company)</source>
        <translation>EI (entreprise d&apos;insertion)</translation>
    </message>
    <message>
        <source>ETTI (temporary work insertion company)</source>
        <translation>ETTI (entreprise de travail temporaire d&apos;insertion)</translation>
    </message>
    <message>
        <source>AI (intermediary association)</source>
        <translation>AI (association intermédiaire)</translation>
    </message>
    <message>
        <source>Neighbourhood agency</source>
        <translation>Régie de quartier</translation>
    </message>
    <message>
        <source>GEIQ</source>
        <translation>GEIQ</translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation>Qualifiante</translation>
    </message>
    <message>
        <source>Certifying</source>
        <translation>Certifiante</translation>
    </message>
    <message>
        <source>Pre-qualifying</source>
        <translation>Pré-qualifiante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation>Savoirs de base</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Other training</source>
        <translation>Autre formation</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilité</translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation>Confiance en soi</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Long away from work</source>
        <translation>Éloignement de l&apos;emploi</translation>
    </message>
    <message>
        <source>Idea of work</source>
        <translation>Représentation du travail</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifié</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>levé</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>présentiel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>video</source>
        <translation>visio</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>lasting job</source>
        <translation>emploi durable</translation>
    </message>
    <message>
        <source>qualifying training</source>
        <translation>formation qualifiante</translation>
    </message>
    <message>
        <source>other positive exit</source>
        <translation>autre sortie positive</translation>
    </message>
    <message>
        <source>drop-out</source>
        <translation>abandon</translation>
    </message>
    <message>
        <source>moved away</source>
        <translation>déménagement</translation>
    </message>
    <message>
        <source>death</source>
        <translation>décès</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>retraite</translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation>réorientation</translation>
    </message>
    <message>
        <source>other exit</source>
        <translation>autre sortie</translation>
    </message>
    <message>
        <source>permanent contract (CDI)</source>
        <translation>CDI</translation>
    </message>
    <message>
        <source>fixed-term contract of 6 months or more</source>
        <translation>CDD de 6 mois ou plus</translation>
    </message>
    <message>
        <source>temporary work of 6 months or more</source>
        <translation>intérim de 6 mois ou plus</translation>
    </message>
    <message>
        <source>business creation</source>
        <translation>création d&apos;entreprise</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>association</source>
        <translation>association</translation>
    </message>
    <message>
        <source>public employer</source>
        <translation>employeur public</translation>
    </message>
    <message>
        <source>private individual</source>
        <translation>particulier</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>step to take</source>
        <translation>démarche</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Open a new pathway</source>
        <translation>Ouvrir un nouveau parcours</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>priority neighbourhood (QPV)</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>France Travail id</source>
        <translation>identifiant France Travail</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant.e</translation>
    </message>
    <message>
        <source>case worker</source>
        <translation>référent.e</translation>
    </message>
    <message>
        <source>entry date</source>
        <translation>date d&apos;entrée</translation>
    </message>
    <message>
        <source>education</source>
        <translation>niveau de formation</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>long-term unemployed (DELD)</source>
        <translation>DELD</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>other difficulty</source>
        <translation>autre difficulté</translation>
    </message>
    <message>
        <source>exit date</source>
        <translation>date de sortie</translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation>motif de sortie</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>sous-type</translation>
    </message>
    <message>
        <source>title</source>
        <translation>intitulé</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>identification date</source>
        <translation>date d&apos;identification</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>lifting date</source>
        <translation>date de levée</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>current hire</source>
        <translation>embauche en cours</translation>
    </message>
    <message>
        <source>hire date</source>
        <translation>date d&apos;embauche</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contrat</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employeur</translation>
    </message>
    <message>
        <source>sector (NAF)</source>
        <translation>secteur (NAF)</translation>
    </message>
    <message>
        <source>end reason</source>
        <translation>motif de fin</translation>
    </message>
    <message>
        <source>the pathway</source>
        <translation>le parcours</translation>
    </message>
    <message>
        <source>the pathway of %1</source>
        <translation>le parcours du %1</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>une étape</translation>
    </message>
    <message>
        <source>the step %1</source>
        <translation>l&apos;étape %1</translation>
    </message>
    <message>
        <source>the step %1 “%2”</source>
        <translation>l&apos;étape %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the barrier %1</source>
        <translation>le frein %1</translation>
    </message>
    <message>
        <source>a barrier</source>
        <translation>un frein</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un entretien</translation>
    </message>
    <message>
        <source>the contact of %1</source>
        <translation>l&apos;entretien du %1</translation>
    </message>
    <message>
        <source>a hold</source>
        <translation>une veille</translation>
    </message>
    <message>
        <source>the hold of %1</source>
        <translation>la veille du %1</translation>
    </message>
    <message>
        <source>a hire</source>
        <translation>une embauche</translation>
    </message>
    <message>
        <source>the hire of %1</source>
        <translation>l&apos;embauche du %1</translation>
    </message>
    <message>
        <source>edited %1: %2</source>
        <translation>a modifié %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>created the file</source>
        <translation>a créé la fiche</translation>
    </message>
    <message>
        <source>edited the identity: %1</source>
        <translation>a modifié l&apos;identité&#xa0;: %1</translation>
    </message>
    <message>
        <source>deleted the file</source>
        <translation>a supprimé la fiche</translation>
    </message>
    <message>
        <source>opened a pathway on %1</source>
        <translation>a ouvert un parcours le %1</translation>
    </message>
    <message>
        <source>closed the pathway on %1 (%2)</source>
        <translation>a clos le parcours le %1 (%2)</translation>
    </message>
    <message>
        <source>closed the pathway on %1</source>
        <translation>a clos le parcours le %1</translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation>a rouvert %1</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>a supprimé %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>a ajouté %1</translation>
    </message>
    <message>
        <source>closed %1 on %2</source>
        <translation>a clos %1 le %2</translation>
    </message>
    <message>
        <source>identified %1</source>
        <translation>a identifié %1</translation>
    </message>
    <message>
        <source>lifted %1</source>
        <translation>a levé %1</translation>
    </message>
    <message>
        <source>marked %1 as “%2”</source>
        <translation>a passé %1 à l&apos;état «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>logged a contact on %1 (%2)</source>
        <translation>a noté un entretien du %1 (%2)</translation>
    </message>
    <message>
        <source>logged a contact on %1</source>
        <translation>a noté un entretien du %1</translation>
    </message>
    <message>
        <source>put the pathway on hold on %1</source>
        <translation>a mis le parcours en veille le %1</translation>
    </message>
    <message>
        <source>put the pathway on hold on %1 (%2)</source>
        <translation>a mis le parcours en veille le %1 (%2)</translation>
    </message>
    <message>
        <source>ended %1 on %2</source>
        <translation>a mis fin à %1 le %2</translation>
    </message>
    <message>
        <source>logged a hire on %1 (%2)</source>
        <translation>a noté une embauche le %1 (%2)</translation>
    </message>
    <message>
        <source>logged a hire on %1</source>
        <translation>a noté une embauche le %1</translation>
    </message>
    <message>
        <source>added a planned action</source>
        <translation>a ajouté une action</translation>
    </message>
    <message>
        <source>edited a planned action</source>
        <translation>a modifié une action</translation>
    </message>
    <message>
        <source>deleted a planned action</source>
        <translation>a supprimé une action</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>L&apos;import</translation>
    </message>
    <message>
        <source>The demonstration</source>
        <translation>La démonstration</translation>
    </message>
    <message>
        <source>The database upgrade</source>
        <translation>La mise à niveau de la base</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>changed the file</source>
        <translation>a modifié la fiche</translation>
    </message>
    <message>
        <source>took over the existing file</source>
        <translation>a repris la fiche existante</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>validation of the entry</source>
        <translation>validation de l&apos;entrée</translation>
    </message>
    <message>
        <source>reason of the refusal</source>
        <translation>motif du refus</translation>
    </message>
    <message>
        <source>validated the entry</source>
        <translation>a validé l&apos;entrée</translation>
    </message>
    <message>
        <source>put the entry back to be validated</source>
        <translation>a remis l&apos;entrée en attente de validation</translation>
    </message>
    <message>
        <source>refused the entry: %1</source>
        <translation>a refusé l&apos;entrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Embauche</translation>
    </message>
    <message>
        <source>Hired &amp;on:</source>
        <translation>Embauché.e &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>&amp;Contrat :</translation>
    </message>
    <message>
        <source>Employer &amp;category:</source>
        <translation>&amp;Catégorie d&apos;employeur :</translation>
    </message>
    <message>
        <source>&amp;Sector (NAF):</source>
        <translation>&amp;Secteur (NAF) :</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Employeur :</translation>
    </message>
    <message>
        <source>Person to ca&amp;ll:</source>
        <translation>Personne à a&amp;ppeler :</translation>
    </message>
    <message>
        <source>Name and phone, for the follow-up calls</source>
        <translation>Nom et téléphone, pour les appels de suivi</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Exit &amp;on:</source>
        <translation>Sortie &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation>Situation à l&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Niveau de formation :</translation>
    </message>
    <message>
        <source>&amp;RSA</source>
        <translation>&amp;RSA</translation>
    </message>
    <message>
        <source>Long-term job seeker (&amp;DELD)</source>
        <translation>Demandeur.se d&apos;emploi de longue durée (&amp;DELD)</translation>
    </message>
    <message>
        <source>Recognised disabled worker (RQ&amp;TH)</source>
        <translation>Travailleur.se handicapé.e reconnu.e (RQ&amp;TH)</translation>
    </message>
    <message>
        <source>&amp;Other difficulty</source>
        <translation>&amp;Autre difficulté</translation>
    </message>
    <message>
        <source>Plan an action</source>
        <translation>Prévoir une action</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>People in a pathway</source>
        <translation>Personnes en parcours</translation>
    </message>
    <message>
        <source>In a pathway on 1 January</source>
        <translation>En parcours au 1er janvier</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>In a pathway during the year</source>
        <translation>En parcours dans l&apos;année</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>In a pathway on 31 December</source>
        <translation>En parcours au 31 décembre</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation>Sexe non précisé</translation>
    </message>
    <message>
        <source>By age at entry</source>
        <translation>Par âge à l&apos;entrée</translation>
    </message>
    <message>
        <source>Under 26</source>
        <translation>Moins de 26 ans</translation>
    </message>
    <message>
        <source>26 to 44</source>
        <translation>26 à 44 ans</translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation>45 ans et plus</translation>
    </message>
    <message>
        <source>By education</source>
        <translation>Par niveau de formation</translation>
    </message>
    <message>
        <source>No qualification (1-2, VI, V bis)</source>
        <translation>Sans qualification (1-2, VI, V bis)</translation>
    </message>
    <message>
        <source>Low qualification (3, V)</source>
        <translation>Peu qualifié.e.s (3, V)</translation>
    </message>
    <message>
        <source>Qualified (4-8, IV-I)</source>
        <translation>Qualifié.e.s (4-8, IV-I)</translation>
    </message>
    <message>
        <source>Other or unknown (9)</source>
        <translation>Autre ou inconnu (9)</translation>
    </message>
    <message>
        <source>By public (one person may count in several)</source>
        <translation>Par public (une personne peut compter dans plusieurs)</translation>
    </message>
    <message>
        <source>RSA recipients</source>
        <translation>Bénéficiaires du RSA</translation>
    </message>
    <message>
        <source>Long-term jobseekers (DELD)</source>
        <translation>Demandeur.se.s d&apos;emploi de longue durée (DELD)</translation>
    </message>
    <message>
        <source>Disabled workers (RQTH)</source>
        <translation>Travailleur.se.s handicapé.e.s (RQTH)</translation>
    </message>
    <message>
        <source>Other difficulties</source>
        <translation>Autres difficultés</translation>
    </message>
    <message>
        <source>Living in a priority district (QPV)</source>
        <translation>Habitant un quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Positive exits</source>
        <translation>Sorties positives</translation>
    </message>
    <message>
        <source>Lasting job</source>
        <translation>Emploi durable</translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation>Formation qualifiante</translation>
    </message>
    <message>
        <source>Other positive exit</source>
        <translation>Autre sortie positive</translation>
    </message>
    <message>
        <source>Exits without follow-up</source>
        <translation>Sorties sans suite</translation>
    </message>
    <message>
        <source>Drop-out</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Move, death, retirement</source>
        <translation>Déménagement, décès, retraite</translation>
    </message>
    <message>
        <source>Other (referral included)</source>
        <translation>Autre (réorientation comprise)</translation>
    </message>
    <message>
        <source>Exits to a lasting job</source>
        <translation>Sorties en emploi durable</translation>
    </message>
    <message>
        <source>By contract</source>
        <translation>Par contrat</translation>
    </message>
    <message>
        <source>By employer</source>
        <translation>Par employeur</translation>
    </message>
    <message>
        <source>By sector (NAF section)</source>
        <translation>Par secteur (section NAF)</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Positive exits / exits</source>
        <translation>Sorties positives / sorties</translation>
    </message>
    <message>
        <source>Positive exits / exits, moves, deaths and retirements aside</source>
        <translation>Sorties positives / sorties hors déménagements, décès et retraites</translation>
    </message>
    <message>
        <source>Positive exits / entries</source>
        <translation>Sorties positives / entrées</translation>
    </message>
    <message>
        <source>Positive exits / exits, by group</source>
        <translation>Sorties positives / sorties, par groupe</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Steps per person in a pathway</source>
        <translation>Étapes par personne en parcours</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>IAE steps by structure</source>
        <translation>Étapes d&apos;IAE par structure</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>Identified during the year</source>
        <translation>Identifiés dans l&apos;année</translation>
    </message>
    <message>
        <source>Lifted during the year</source>
        <translation>Levés dans l&apos;année</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>DELD</source>
        <translation>DELD</translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation>RQTH</translation>
    </message>
    <message>
        <source>No qualification</source>
        <translation>Sans qualification</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percent</comment>
        <translation>%1 %</translation>
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
    <message>
        <source>Database not opened</source>
        <translation>Base non ouverte</translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas la base. Tapez-la de nouveau.</translation>
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
    <name>parcours::ui::AgendaModel</name>
    <message>
        <source>No contact</source>
        <translation>Sans entretien</translation>
    </message>
    <message>
        <source>Follow-up check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>Six-month validation</source>
        <translation>Validation à six mois</translation>
    </message>
    <message>
        <source>Step ending</source>
        <translation>Fin d&apos;étape</translation>
    </message>
    <message>
        <source>Long hold</source>
        <translation>Veille longue</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>Action prévue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant.e</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Référent.e</source>
        <translation>Référent.e</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AgendaPanel</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Rien à faire cette semaine.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due by a week from today.</source>
        <translation>
            <numerusform>%n chose à faire d&apos;ici une semaine.</numerusform>
            <numerusform>%n choses à faire d&apos;ici une semaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due by a week from today, </source>
        <translation>
            <numerusform>%n chose à faire d&apos;ici une semaine, </numerusform>
            <numerusform>%n choses à faire d&apos;ici une semaine, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>dont %n en retard.</numerusform>
            <numerusform>dont %n en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation>&amp;Référent.e&#xa0;:</translation>
    </message>
    <message>
        <source>All case workers</source>
        <translation>Tous les référent.e.s</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&lt;p&gt;The backups of &lt;b&gt;%1&lt;/b&gt;, newest first. Parcours takes one when it opens and closes the database, and once a day while it is open; it keeps one a day for the last 7 days, then one a week for 4 weeks.&lt;/p&gt;&lt;p&gt;Folder: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les sauvegardes de &lt;b&gt;%1&lt;/b&gt;, la plus récente en premier. Parcours en fait une quand il ouvre et quand il ferme la base, et une par jour tant qu&apos;elle reste ouverte ; il en garde une par jour pour les 7 derniers jours, puis une par semaine pendant 4 semaines.&lt;/p&gt;&lt;p&gt;Dossier : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>There is no backup of this database yet. File › Back up now takes one.</source>
        <translation>Cette base n&apos;a encore aucune sauvegarde. Fichier › Sauvegarder maintenant en fait une.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Saine</translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation>Endommagée : ne peut pas être restaurée</translation>
    </message>
    <message>
        <source>Restore a backup file</source>
        <translation>Restaurer un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation>Bases Parcours (*.sqlite *.parcours);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::BarriersPanel</name>
    <message>
        <source>Barrier</source>
        <translation>Frein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levé</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>&amp;New barrier</source>
        <translation>&amp;Nouveau frein</translation>
    </message>
    <message>
        <source>Next s&amp;tatus</source>
        <translation>État &amp;suivant</translation>
    </message>
    <message>
        <source>identified → in progress → lifted today</source>
        <translation>identifié → en cours → levé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Save barrier</source>
        <translation>Enregistrer le frein</translation>
    </message>
    <message>
        <source>Barrier:</source>
        <translation>Frein :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Identified on:</source>
        <translation>Identifié le :</translation>
    </message>
    <message>
        <source>Lifted on:</source>
        <translation>Levé le :</translation>
    </message>
    <message>
        <source>&amp;Add barrier</source>
        <translation>&amp;Ajouter le frein</translation>
    </message>
    <message>
        <source>Lift barrier</source>
        <translation>Lever le frein</translation>
    </message>
    <message>
        <source>Edit barrier</source>
        <translation>Modifier le frein</translation>
    </message>
    <message>
        <source>Add barrier</source>
        <translation>Ajouter un frein</translation>
    </message>
    <message>
        <source>Start working on barrier</source>
        <translation>Travailler le frein</translation>
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
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>Last contact on %1: over %n day(s) ago</source>
        <translation>
            <numerusform>Dernier entretien le %1&#xa0;: il y a plus de %n jour</numerusform>
            <numerusform>Dernier entretien le %1&#xa0;: il y a plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation>Dernier entretien le %1</translation>
    </message>
    <message numerus="yes">
        <source>No contact since the entry, over %n day(s) ago</source>
        <translation>
            <numerusform>Aucun entretien depuis l’entrée, il y a plus de %n jour</numerusform>
            <numerusform>Aucun entretien depuis l’entrée, il y a plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (exited on %2)</source>
        <comment>the pathway&apos;s length</comment>
        <translation>%1 (sorti.e le %2)</translation>
    </message>
    <message>
        <source>Time in pathway</source>
        <translation>Durée du parcours</translation>
    </message>
    <message>
        <source>Something to do this week: see « To do »</source>
        <translation>Quelque chose à faire cette semaine : voir « À faire »</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadView</name>
    <message>
        <source>Current pathways</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>In pathway</source>
        <translation>En parcours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>In work (follow-up)</source>
        <translation>En emploi – suivi</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Sorti.e</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search: name, city, France Travail id (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: nom, ville, identifiant France Travail (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation>&amp;Référent.e&#xa0;:</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Moi (%1)</translation>
    </message>
    <message>
        <source>All case workers</source>
        <translation>Tous les référent.e.s</translation>
    </message>
    <message>
        <source>No participant matches the search and the filters. Try « All case workers » or « All statuses ».</source>
        <translation>Aucun.e participant.e ne correspond à la recherche et aux filtres. Essayez «&#xa0;Tous les référent.e.s&#xa0;» ou «&#xa0;Tous les statuts&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation>&amp;Réaffecter à…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ChartCard</name>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF document</source>
        <translation>Enregistrer ce graphique en image PNG ou en document PDF</translation>
    </message>
    <message>
        <source>@value %</source>
        <comment>a percent on a bar</comment>
        <translation>@value %</translation>
    </message>
    <message>
        <source>@yPoint %</source>
        <comment>a percent on a point</comment>
        <translation>@yPoint %</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>The chart could not be written to « %1 ».</source>
        <translation>Le graphique n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Save the chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConflictsDialog</name>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>frein</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>veille</translation>
    </message>
    <message>
        <source>hire</source>
        <translation>embauche</translation>
    </message>
    <message>
        <source>case worker</source>
        <translation>référent.e</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>PLIE</source>
        <translation>PLIE</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant.e</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Valeur ici</translation>
    </message>
    <message>
        <source>Value received</source>
        <translation>Valeur reçue</translation>
    </message>
    <message>
        <source>Mark as &amp;settled</source>
        <translation>Marquer comme &amp;réglé</translation>
    </message>
    <message>
        <source>No conflict waits to be settled.</source>
        <translation>Aucun conflit à régler.</translation>
    </message>
    <message>
        <source>These changes received from another database were not applied: the file had changed here. Correct the file if needed, then mark them settled.</source>
        <translation>Ces modifications reçues d&apos;une autre base n&apos;ont pas été appliquées : la fiche avait changé ici. Corrigez la fiche si besoin, puis marquez-les comme réglées.</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ligne entière</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConsolidationDialog</name>
    <message>
        <source>&amp;Warehouse: the exact counts, for the national warehouse</source>
        <translation>&amp;Entrepôt&#xa0;: les effectifs exacts, pour l&apos;entrepôt national</translation>
    </message>
    <message>
        <source>P&amp;ublic: small counts hidden, for a document anyone may read</source>
        <translation>P&amp;ublic&#xa0;: petits effectifs masqués, pour un document que chacun peut lire</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Enregistrer en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Enregistrer en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Yearly consolidation</source>
        <translation>Consolidation annuelle</translation>
    </message>
    <message>
        <source>Counts from 1 to this number minus one are hidden (at least %1; %2 by default)</source>
        <translation>Les effectifs de 1 à ce nombre moins un sont masqués (au moins %1&#xa0;; %2 par défaut)</translation>
    </message>
    <message>
        <source>The threshold is at least %1.</source>
        <translation>Le seuil est d&apos;au moins %1.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>The file for the national warehouse (format parcours-consolidation)</source>
        <translation>Le fichier pour l&apos;entrepôt national (format parcours-consolidation)</translation>
    </message>
    <message>
        <source>The same values, one a line: indicator,value</source>
        <translation>Les mêmes valeurs, une par ligne&#xa0;: indicator,value</translation>
    </message>
    <message>
        <source>A workbook to open in a spreadsheet: French labels, one sheet per section</source>
        <translation>Un classeur à ouvrir dans un tableur&#xa0;: libellés en français, une feuille par section</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Lecture de la base…</translation>
    </message>
    <message>
        <source>Computing the indicators of each year…</source>
        <translation>Calcul des indicateurs de chaque année…</translation>
    </message>
    <message>
        <source>The consolidation could not be computed: %1</source>
        <translation>La consolidation n&apos;a pas pu être calculée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) hidden by the public profile.</source>
        <translation>
            <numerusform>%n valeur masquée par le profil public.</numerusform>
            <numerusform>%n valeurs masquées par le profil public.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact counts: for the national warehouse only, never for publication.</source>
        <translation>Effectifs exacts&#xa0;: pour l&apos;entrepôt national seulement, jamais pour une publication.</translation>
    </message>
    <message>
        <source>Save the consolidation</source>
        <translation>Enregistrer la consolidation</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>Fichier JSON</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>The PLIE&apos;s identity</source>
        <translation>L&apos;identité du PLIE</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ContactsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contacts journal</source>
        <translation>Journal des entretiens</translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation>&amp;Noter l&apos;entretien</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Enregistrer l&apos;entretien</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier l&apos;entretien</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Noter un entretien</translation>
    </message>
    <message>
        <source>What was said (Ctrl+Enter saves)</source>
        <translation>Ce qui a été dit (Ctrl+Entrée enregistre)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DashboardWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Relire la base</translation>
    </message>
    <message>
        <source>Print the whole dashboard</source>
        <translation>Imprimer tout le tableau de bord</translation>
    </message>
    <message>
        <source>Save the whole dashboard as one PDF document</source>
        <translation>Enregistrer tout le tableau de bord en un document PDF</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Lecture de la base…</translation>
    </message>
    <message>
        <source>Computing the indicators of each year…</source>
        <translation>Calcul des indicateurs de chaque année…</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dashboard – %1</source>
        <translation>Tableau de bord – %1</translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation>Tableau de bord %1</translation>
    </message>
    <message>
        <source>Dashboard %1 – %2</source>
        <translation>Tableau de bord %1 – %2</translation>
    </message>
    <message>
        <source>In %1: %2 people in a pathway during the year, %3 entries, %4 exits of which %5 positive (%6 of exits). %7 people were still in a pathway on 31 December.</source>
        <translation>En %1&#xa0;: %2 personnes en parcours dans l&apos;année, %3 entrées, %4 sorties dont %5 positives (%6 des sorties). %7 personnes étaient encore en parcours au 31 décembre.</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Enregistrer le tableau de bord</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>The dashboard could not be written to « %1 ».</source>
        <translation>Le tableau de bord n&apos;a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation>Imprimer le tableau de bord</translation>
    </message>
    <message>
        <source>The dashboard could not be printed.</source>
        <translation>Le tableau de bord n&apos;a pas pu être imprimé.</translation>
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
        <translation>&lt;p style=&quot;font-size:large&quot;&gt;Aucun.e participant.e pour l’instant…&lt;/p&gt;&lt;p&gt;Les participant.e.s que vous suivez apparaîtront ici.&lt;/p&gt;&lt;p&gt;Reprenez les fichiers de votre ancien outil, ou découvrez Parcours sur un PLIE de démonstration&#xa0;: ses données sont fictives et rangées dans une base à part.&lt;/p&gt;</translation>
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
        <translation>Nouvelle ou nouveau participant.e</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Dans une prochaine version</translation>
    </message>
    <message>
        <source>Enter a participant&apos;s file and their entry into the PLIE</source>
        <translation>Saisir le dossier d’un.e participant.e et son entrée au PLIE</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EntryValidationDialog</name>
    <message>
        <source>Entries to validate</source>
        <translation>Entrées à valider</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant.e</translation>
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
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Show the refused entries too</source>
        <translation>Montrer aussi les entrées refusées</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>No entry waits for validation.</source>
        <translation>Aucune entrée n&apos;attend de validation.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) recorded by the case workers wait for validation.</source>
        <translation>
            <numerusform>%n entrée enregistrée par les référent.e.s attend sa validation.</numerusform>
            <numerusform>%n entrées enregistrées par les référent.e.s attendent leur validation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Validate the entry</source>
        <translation>Valider l&apos;entrée</translation>
    </message>
    <message>
        <source>Refuse the entry</source>
        <translation>Refuser l&apos;entrée</translation>
    </message>
    <message>
        <source>Why is the entry of %1 refused? The case worker reads it in the file.</source>
        <translation>Pourquoi l&apos;entrée de %1 est-elle refusée&#xa0;? Le ou la référent.e le lira dans le dossier.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EntryValidationSetting</name>
    <message>
        <source>&amp;Validate the entries</source>
        <translation>&amp;Valider les entrées</translation>
    </message>
    <message>
        <source>New pathways recorded in the application wait for a coordinator&apos;s validation</source>
        <translation>Les nouveaux parcours enregistrés dans l&apos;application attendent la validation d&apos;un.e coordinateur.rice</translation>
    </message>
    <message>
        <source>Validate the entries</source>
        <translation>Valider les entrées</translation>
    </message>
    <message>
        <source>Stop validating the entries</source>
        <translation>Ne plus valider les entrées</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FilePanel</name>
    <message>
        <source>This pathway closed on %1. Add to it anyway?</source>
        <translation>Ce parcours est clos depuis le %1. Ajouter quand même ?</translation>
    </message>
    <message>
        <source>Closed pathway</source>
        <translation>Parcours clos</translation>
    </message>
</context>
<context>
    <name>parcours::ui::HelpWindow</name>
    <message>
        <source>Parcours guide</source>
        <translation>Guide de Parcours</translation>
    </message>
</context>
<context>
    <name>parcours::ui::HistoryModel</name>
    <message>
        <source>File consulted</source>
        <translation>Consultation du dossier</translation>
    </message>
    <message>
        <source>Fiche printed</source>
        <translation>Impression de la fiche</translation>
    </message>
    <message>
        <source>Exported in a list</source>
        <translation>Export d&apos;une liste</translation>
    </message>
    <message>
        <source>Copy given to the person</source>
        <translation>Copie remise à la personne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a read of the file and what was printed or exported</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>instant, who, a read of the file</comment>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>parcours::ui::HistoryPanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::IdentityPanel</name>
    <message>
        <source>Lives in a priority neighbourhood (QPV)</source>
        <translation>Habite un quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Identity and contact details</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>France Travail id:</source>
        <translation>Identifiant France Travail :</translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation>Situation à l&apos;entrée</translation>
    </message>
    <message>
        <source>No pathway yet.</source>
        <translation>Pas encore de parcours.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Entry on %1, followed by %2.
Education: %3
RSA: %4 · long-term unemployed (DELD): %5 · RQTH: %6 · other difficulty: %7</source>
        <translation>Entrée le %1, suivi.e par %2.
Niveau de formation : %3
RSA : %4 · DELD : %5 · RQTH : %6 · autre difficulté : %7</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Modifier l&apos;identité</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non remise</translation>
    </message>
    <message>
        <source>Print the notice…</source>
        <translation>Imprimer la notice…</translation>
    </message>
    <message>
        <source>RGPD information given on:</source>
        <translation>Information RGPD remise le&#xa0;:</translation>
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
    <message numerus="yes">
        <source>Only the first %Ln are listed.</source>
        <translation>
            <numerusform>Seule %Ln erreur est listée.</numerusform>
            <numerusform>Seules les %Ln premières sont listées.</numerusform>
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
    <name>parcours::ui::LockScreen</name>
    <message>
        <source>&lt;h2&gt;Parcours is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Parcours est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock it in its main window.</source>
        <translation>Déverrouillez-le dans sa fenêtre principale.</translation>
    </message>
    <message>
        <source>This does not unlock Parcours. Type it again.</source>
        <translation>Ceci ne déverrouille pas Parcours. Tapez de nouveau.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::LockSettingsDialog</name>
    <message>
        <source>Lock</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours hides every window after some minutes without use, and with Ctrl+Alt+L. The database&apos;s passphrase unlocks it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Parcours masque toutes ses fenêtres après quelques minutes sans utilisation, et avec Ctrl+Alt+L. La phrase de passe de la base le déverrouille.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours hides every window after some minutes without use, and with Ctrl+Alt+L. The database has no passphrase: choose a lock code, which unlocks it. It is kept on this computer only, as a digest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Parcours masque toutes ses fenêtres après quelques minutes sans utilisation, et avec Ctrl+Alt+L. La base n&apos;a pas de phrase de passe : choisissez un code de verrouillage, qui le déverrouillera. Il n&apos;est gardé que sur cet ordinateur, sous forme d&apos;empreinte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Verrouiller &amp;après :</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%n characters at least</source>
        <translation>
            <numerusform>%n caractère au moins</numerusform>
            <numerusform>%n caractères au moins</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;code:</source>
        <translation>Nouveau &amp;code :</translation>
    </message>
    <message>
        <source>Lock &amp;code:</source>
        <translation>&amp;Code de verrouillage :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message numerus="yes">
        <source>The code is too short: %n characters at least.</source>
        <translation>
            <numerusform>Le code est trop court : %n caractère au moins.</numerusform>
            <numerusform>Le code est trop court : %n caractères au moins.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two codes differ.</source>
        <translation>Les deux codes diffèrent.</translation>
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
            <numerusform>%Ln participant.e</numerusform>
            <numerusform>%Ln participant.e.s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Parcours</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>&amp;Find a participant</source>
        <translation>&amp;Rechercher un.e participant.e</translation>
    </message>
    <message>
        <source>&amp;Change case worker…</source>
        <translation>&amp;Changer de référent.e…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln affiché.e</numerusform>
            <numerusform>%Ln affiché.e.s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Nouvelle ou nouveau participant.e…</translation>
    </message>
    <message>
        <source>Everyone in the database: choose who you are in Parcours › Change case worker…</source>
        <translation>Toute la base&#xa0;: indiquez qui vous êtes dans Parcours › Changer de référent.e…</translation>
    </message>
    <message>
        <source>Open pathways followed by %1; a case worker follows 60 to 100 participants.</source>
        <translation>Parcours en cours suivis par %1&#xa0;; un.e référent.e suit de 60 à 100 participant.e.s.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>The file of %1 was deleted: Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>La fiche de %1 est supprimée : Édition › Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Database not read</source>
        <translation>Base non lue</translation>
    </message>
    <message>
        <source>%1

Parcours shows what it read last; it may be out of date.</source>
        <translation>%1

Parcours affiche ce qu&apos;il a lu en dernier, qui peut être dépassé.</translation>
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation>la suppression de « %1 »</translation>
    </message>
    <message>
        <source>&amp;Conflicts to settle…</source>
        <translation>&amp;Conflits à régler…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts to settle (%n)…</source>
        <translation>
            <numerusform>&amp;Conflit à régler (%n)…</numerusform>
            <numerusform>&amp;Conflits à régler (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant.e.s</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>À faire (%1)</translation>
    </message>
    <message>
        <source>&amp;Days without a contact…</source>
        <translation>&amp;Jours sans entretien…</translation>
    </message>
    <message>
        <source>Days without a contact</source>
        <translation>Jours sans entretien</translation>
    </message>
    <message>
        <source>« To do » lists a person in a pathway after this many days without a contact (a PLIE setting):</source>
        <translation>« À faire » signale une personne en parcours après ce nombre de jours sans entretien (réglage du PLIE) :</translation>
    </message>
    <message>
        <source>Parcours &amp;guide</source>
        <translation>&amp;Guide de Parcours</translation>
    </message>
    <message>
        <source>Case workers</source>
        <translation>Référent.e.s</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation>&amp;Réaffecter à…</translation>
    </message>
    <message>
        <source>&amp;Entries to validate…</source>
        <translation>&amp;Entrées à valider…</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>O&amp;pérateurs…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Tableau de bord…</translation>
    </message>
    <message>
        <source>&amp;Yearly consolidation…</source>
        <translation>&amp;Consolidation annuelle…</translation>
    </message>
    <message>
        <source>List saved in %1.</source>
        <translation>Liste enregistrée dans %1.</translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Aucune base ouverte pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open a Parcours database</source>
        <translation>Ouvrir une base Parcours</translation>
    </message>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation>Bases Parcours (*.sqlite *.parcours);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is the demo PLIE: open it with File › Open the demo PLIE.</source>
        <translation>%1 est le PLIE de démonstration&#xa0;: ouvrez-le par Fichier › Ouvrir le PLIE de démonstration.</translation>
    </message>
    <message>
        <source>Database opened: %1</source>
        <translation>Base ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réaffecter</translation>
    </message>
    <message>
        <source>Select the participants to reassign in the list of participants first (Ctrl or Shift and a click to select several).</source>
        <translation>Choisissez d&apos;abord les participant.e.s à réaffecter dans la liste des participant.e.s (Ctrl ou Maj et un clic pour en choisir plusieurs).</translation>
    </message>
    <message>
        <source>Nobody moves: the chosen participants are already followed by %1, or have no pathway.</source>
        <translation>Personne ne change&#xa0;: les participant.e.s choisi.e.s sont déjà suivi.e.s par %1, ou n&apos;ont pas de parcours.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n participant(s) to %1?</source>
        <translation>
            <numerusform>Confier %n participant.e à %1&#xa0;?</numerusform>
            <numerusform>Confier %n participant.e.s à %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed by them or without a pathway stay(s) as before.</source>
        <translation>
            <numerusform>%n, déjà suivi.e ou sans parcours, reste comme avant.</numerusform>
            <numerusform>%n, déjà suivi.e.s ou sans parcours, restent comme avant.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer a case worker of this database.</source>
        <translation>%1 n&apos;est plus référent.e dans cette base.</translation>
    </message>
    <message numerus="yes">
        <source>the reassignment of %n participant(s) to “%1”</source>
        <translation>
            <numerusform>la réaffectation de %n participant.e à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>la réaffectation de %n participant.e.s à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) now followed by %1: Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>%n participant.e désormais suivi.e par %1&#xa0;: Édition › Annuler (Ctrl+Z) revient en arrière.</numerusform>
            <numerusform>%n participant.e.s désormais suivi.e.s par %1&#xa0;: Édition › Annuler (Ctrl+Z) revient en arrière.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 follows no participant in this database.</source>
        <translation>%1 ne suit aucun.e participant.e dans cette base.</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Re&amp;store a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Parcours was not closed properly the last time. The database was checked as it opened: it is sound.</source>
        <translation>Parcours n&apos;a pas été fermé correctement la dernière fois. La base a été vérifiée à l&apos;ouverture : elle est saine.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Backup restored. The replaced database is kept as %1.</source>
        <translation>Sauvegarde restaurée. La base remplacée est gardée sous %1.</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Base non ouverte</translation>
    </message>
    <message>
        <source>%1

Parcours closes without writing into it.</source>
        <translation>%1

Parcours se ferme sans rien y écrire.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <source>Parcours closes without writing into the damaged database. It will offer a backup again the next time it opens it.</source>
        <translation>Parcours se ferme sans rien écrire dans la base endommagée. Il proposera de nouveau une sauvegarde la prochaine fois qu&apos;il l&apos;ouvrira.</translation>
    </message>
    <message>
        <source>Backup restored; the damaged database is kept beside it.</source>
        <translation>Sauvegarde restaurée ; la base endommagée est gardée à côté.</translation>
    </message>
    <message>
        <source>&amp;Protect the database…</source>
        <translation>&amp;Protéger la base…</translation>
    </message>
    <message>
        <source>Loc&amp;k settings…</source>
        <translation>Réglages du &amp;verrouillage…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>Protect the database</source>
        <translation>Protéger la base</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>La phrase de passe est changée.</translation>
    </message>
    <message>
        <source>The database is now encrypted.</source>
        <translation>La base est maintenant chiffrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) encrypted with it.</source>
        <translation>
            <numerusform>%n sauvegarde chiffrée avec elle.</numerusform>
            <numerusform>%n sauvegardes chiffrées avec elle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies left as they were</source>
        <translation>Copies laissées en l&apos;état</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;These copies could not be encrypted; delete them if they are of no use:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Ces copies n&apos;ont pas pu être chiffrées ; supprimez-les si elles ne servent plus :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation>Tapez la phrase de passe de la base.</translation>
    </message>
    <message>
        <source>Type your lock code.</source>
        <translation>Tapez votre code de verrouillage.</translation>
    </message>
    <message>
        <source>No lock code is chosen: click Unlock. To keep others out, choose a code (File › Lock settings…) or protect the database with a passphrase.</source>
        <translation>Aucun code de verrouillage n&apos;est choisi : cliquez sur Déverrouiller. Pour protéger l&apos;accès, choisissez un code (Fichier › Réglages du verrouillage…) ou protégez la base par une phrase de passe.</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base chiffrée</translation>
    </message>
    <message>
        <source>Unencrypted database</source>
        <translation>Base non chiffrée</translation>
    </message>
    <message>
        <source>The file cannot be read without its passphrase.</source>
        <translation>Le fichier ne peut pas être lu sans sa phrase de passe.</translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it: File › Protect the database…</source>
        <translation>Quiconque obtient le fichier peut le lire : Fichier › Protéger la base…</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe: forgotten, it cannot be recovered.</source>
        <translation>Gardez la phrase de passe en lieu sûr : oubliée, elle ne peut pas être retrouvée.</translation>
    </message>
    <message>
        <source>Files due for &amp;archiving…</source>
        <translation>Dossiers à &amp;archiver…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nouvelle ou nouveau participant.e</translation>
    </message>
    <message>
        <source>Lives in a priority neighbourhood (QPV)</source>
        <translation>Habite un quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Receives the RSA</source>
        <translation>Bénéficiaire du RSA</translation>
    </message>
    <message>
        <source>Long-term unemployed (DELD)</source>
        <translation>Demandeur.se d&apos;emploi de longue durée (DELD)</translation>
    </message>
    <message>
        <source>Recognised as disabled worker (RQTH)</source>
        <translation>Reconnaissance de travailleur handicapé (RQTH)</translation>
    </message>
    <message>
        <source>Other difficulty</source>
        <translation>Autre difficulté</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>France &amp;Travail id:</source>
        <translation>Identifiant France &amp;Travail :</translation>
    </message>
    <message>
        <source>Entry into the PLIE</source>
        <translation>Entrée dans le PLIE</translation>
    </message>
    <message>
        <source>&amp;Référent.e:</source>
        <translation>&amp;Référent.e :</translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation>Date d&apos;&amp;entrée :</translation>
    </message>
    <message>
        <source>E&amp;ducation:</source>
        <translation>Niveau de &amp;formation :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation>né.e le %1</translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation>Doublon probable</translation>
    </message>
    <message>
        <source>Choose the référent.e who follows this person.</source>
        <translation>Choisissez le ou la référent.e qui suit cette personne.</translation>
    </message>
    <message>
        <source>Day, month and year: 14/09/1988</source>
        <translation>Jour, mois et année : 14/09/1988</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Enter the birth date (dd/mm/yyyy).</source>
        <translation>Saisissez la date de naissance (jj/mm/aaaa).</translation>
    </message>
    <message>
        <source>The birth date « %1 » is not a date: enter it as dd/mm/yyyy.</source>
        <translation>La date de naissance « %1 » n’existe pas : saisissez-la sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Choose the sex of the person.</source>
        <translation>Choisissez le sexe de la personne.</translation>
    </message>
    <message>
        <source>Throw away what you entered for this person? Nothing will be saved.</source>
        <translation>Abandonner ce qui a été saisi pour cette personne ? Rien ne sera enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>This person is probably already followed:%1

Open a new pathway for %2 (who comes back), or create a new participant anyway?</source>
        <translation>
            <numerusform>Cette personne est probablement déjà suivie :%1

Ouvrir un nouveau parcours pour %2 (qui revient), ou créer quand même une nouvelle fiche ?</numerusform>
            <numerusform>Ces personnes sont probablement déjà suivies :%1

Ouvrir un nouveau parcours pour %2 (qui revient), ou créer quand même une nouvelle fiche ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::NoticeDialog</name>
    <message>
        <source>RGPD information notice</source>
        <translation>Notice d&apos;information RGPD</translation>
    </message>
    <message>
        <source>Address, e-mail or phone for questions about one&apos;s data</source>
        <translation>Adresse, courriel ou téléphone pour les questions sur ses données</translation>
    </message>
    <message>
        <source>PLIE&apos;s name:</source>
        <translation>Nom du PLIE&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>The notice&apos;s text. {plie}, {contact}, {personne} and {date} are replaced when it is printed.</source>
        <translation>Le texte de la notice. {plie}, {contact}, {personne} et {date} sont remplacés à l&apos;impression.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Texte d&apos;origine</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>Les réglages n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notice not saved</source>
        <translation>Notice non enregistrée</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Enregistrer la notice en PDF</translation>
    </message>
    <message>
        <source>information-notice</source>
        <translation>notice-information</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Notice not written</source>
        <translation>Notice non écrite</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>Imprimer la notice</translation>
    </message>
</context>
<context>
    <name>parcours::ui::OperatorsDialog</name>
    <message>
        <source>Providers</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>The providers that run the steps, and the actions each has run (label, type and subtype), offered when a step is added.</source>
        <translation>Les opérateurs qui portent les étapes, et les actions que chacun a menées (intitulé, type et sous-type), proposées quand on ajoute une étape.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Actions of the chosen provider:</source>
        <translation>Actions de l&apos;opérateur choisi&#xa0;:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Sous-type</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>Rename provider</source>
        <translation>Renommer l&apos;opérateur</translation>
    </message>
    <message>
        <source>Merge providers</source>
        <translation>Fusionner des opérateurs</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The %n step(s) of « %1 » go to the provider chosen below, and « %1 » is deleted.</source>
        <translation>
            <numerusform>L&apos;étape de «&#xa0;%1&#xa0;» passe à l&apos;opérateur choisi ci-dessous, et «&#xa0;%1&#xa0;» est supprimé.</numerusform>
            <numerusform>Les %n étapes de «&#xa0;%1&#xa0;» passent à l&apos;opérateur choisi ci-dessous, et «&#xa0;%1&#xa0;» est supprimé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantFileWindow</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Freins</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Log a contact</source>
        <translation>&amp;Noter un entretien</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>New &amp;step</source>
        <translation>Nouvelle é&amp;tape</translation>
    </message>
    <message>
        <source>New &amp;barrier</source>
        <translation>Nouveau &amp;frein</translation>
    </message>
    <message>
        <source>%1 – Participant file</source>
        <translation>%1 – Dossier de participant.e</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: see the messages under the fields.</source>
        <translation>Non enregistré : voir les messages sous les champs.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Delete the file…</source>
        <translation>&amp;Supprimer la fiche…</translation>
    </message>
    <message>
        <source>The file could not be read: %1 What it shows may be out of date.</source>
        <translation>La fiche n&apos;a pas pu être lue&#xa0;: %1 Ce qu&apos;elle montre est peut-être dépassé.</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <source>Delete the file of %1, with their pathways, steps, barriers and contacts?

The main window can still undo it (Edit › Undo).</source>
        <translation>Supprimer la fiche de %1, avec ses parcours, étapes, freins et entretiens ?

La fenêtre principale permet encore d&apos;annuler la suppression (Édition › Annuler).</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Annuler « %1 »</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Rétablir « %1 »</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Fiche parcours as &amp;PDF…</source>
        <translation>Fiche parcours en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print the fiche…</source>
        <translation>&amp;Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Fiche parcours as PDF</source>
        <translation>Fiche parcours en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The fiche could not be written: %1</source>
        <translation>La fiche n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fiche written to %1.</source>
        <translation>Fiche enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Print the fiche</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>The fiche could not be printed: %1</source>
        <translation>La fiche n&apos;a pas pu être imprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy for the person…</source>
        <translation>Copie pour la personne…</translation>
    </message>
    <message>
        <source>The consultation could not be traced: %1</source>
        <translation>La consultation n&apos;a pas pu être tracée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy for the person</source>
        <translation>Copie pour la personne</translation>
    </message>
    <message>
        <source>Copy for %1 %2</source>
        <comment>folder name: the person, the day</comment>
        <translation>Copie pour %1 %2</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy for the person written to %1.</source>
        <translation>Copie pour la personne écrite dans %1.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PassphraseDialog</name>
    <message>
        <source>Protected database</source>
        <translation>Base protégée</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; is protected by a passphrase. Type it to open the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base &lt;b&gt;%1&lt;/b&gt; est protégée par une phrase de passe. Tapez-la pour ouvrir la base.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours creates the database &lt;b&gt;%1&lt;/b&gt;. It will hold personal data (health, disability, welfare): protect it with a passphrase, so that the file cannot be read without it, on this computer or on a lost one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Parcours crée la base &lt;b&gt;%1&lt;/b&gt;. Elle contiendra des données personnelles (santé, handicap, aides sociales) : protégez-la par une phrase de passe, pour que le fichier ne puisse pas être lu sans elle, sur cet ordinateur ou sur un ordinateur perdu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>P&amp;rotect the database with a passphrase (recommended)</source>
        <translation>P&amp;rotéger la base par une phrase de passe (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Protect the database</source>
        <translation>Protéger la base</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; and its backups will be encrypted: without the passphrase, nobody can read them. No unencrypted copy is kept.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base &lt;b&gt;%1&lt;/b&gt; et ses sauvegardes seront chiffrées : sans la phrase de passe, personne ne peut les lire. Aucune copie non chiffrée n&apos;est gardée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Protéger</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; and its backups will be encrypted with the new passphrase; the former one will no longer open them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base &lt;b&gt;%1&lt;/b&gt; et ses sauvegardes seront chiffrées avec la nouvelle phrase de passe ; l&apos;ancienne ne les ouvrira plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidité :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;: nobody, not even the PLIE&apos;s support, can open the database without it. Write it down and keep it somewhere safe, away from the computer.&lt;/p&gt;&lt;p&gt;A short sentence of four or five words is both strong and easy to remember.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Une phrase de passe oubliée ne peut pas être retrouvée&lt;/b&gt; : personne, pas même le support du PLIE, ne peut ouvrir la base sans elle. Notez-la et gardez-la en lieu sûr, loin de l&apos;ordinateur.&lt;/p&gt;&lt;p&gt;Une courte phrase de quatre ou cinq mots est à la fois solide et facile à retenir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create without protection</source>
        <translation>&amp;Créer sans protection</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): too short, %1 at least</source>
        <translation>
            <numerusform>%n caractère : trop courte, %1 au moins</numerusform>
            <numerusform>%n caractères : trop courte, %1 au moins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): weak, a longer one is better</source>
        <translation>
            <numerusform>%n caractère : faible, une plus longue vaut mieux</numerusform>
            <numerusform>%n caractères : faible, une plus longue vaut mieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): fair</source>
        <translation>
            <numerusform>%n caractère : moyenne</numerusform>
            <numerusform>%n caractères : moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): strong</source>
        <translation>
            <numerusform>%n caractère : solide</numerusform>
            <numerusform>%n caractères : solide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::PathwayPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>Mettre en &amp;veille…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <source>Situation at &amp;entry…</source>
        <translation>Situation à l&apos;&amp;entrée…</translation>
    </message>
    <message>
        <source>H&amp;ire…</source>
        <translation>E&amp;mbauche…</translation>
    </message>
    <message>
        <source>&amp;Validate the lasting job</source>
        <translation>&amp;Valider l&apos;emploi durable</translation>
    </message>
    <message>
        <source>Contract &amp;broken…</source>
        <translation>Rupture du &amp;contrat…</translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation>&amp;Sortie…</translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation>Actions prévues</translation>
    </message>
    <message>
        <source>&amp;Plan an action…</source>
        <translation>&amp;Prévoir une action…</translation>
    </message>
    <message>
        <source>&amp;Done / to do</source>
        <translation>&amp;Fait / à faire</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>No pathway.</source>
        <translation>Aucun parcours.</translation>
    </message>
    <message>
        <source>Exited on %1: %2</source>
        <translation>Sorti.e le %1 : %2</translation>
    </message>
    <message>
        <source>In a job – follow-up until %1</source>
        <translation>En emploi – suivi jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>On hold since %1</source>
        <translation>En veille depuis le %1</translation>
    </message>
    <message>
        <source>In pathway since %1</source>
        <translation>En parcours depuis le %1</translation>
    </message>
    <message>
        <source>Entered on %1.</source>
        <translation>Entré.e le %1.</translation>
    </message>
    <message>
        <source>Hired on %1: %2, %3</source>
        <translation>Embauché.e le %1 : %2, %3</translation>
    </message>
    <message>
        <source> (to call: %1)</source>
        <translation> (à appeler : %1)</translation>
    </message>
    <message>
        <source>Six months on %1.</source>
        <translation>Six mois le %1.</translation>
    </message>
    <message>
        <source>Earlier hire from %1 to %2%3.</source>
        <translation>Embauche précédente du %1 au %2%3.</translation>
    </message>
    <message>
        <source>On hold from %1 to %2</source>
        <translation>En veille du %1 au %2</translation>
    </message>
    <message>
        <source>Earlier pathway from %1 to %2%3.</source>
        <translation>Parcours précédent du %1 au %2%3.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Mettre en veille</translation>
    </message>
    <message>
        <source>On hold &amp;from:</source>
        <translation>En veille &amp;depuis le :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resumed &amp;on:</source>
        <translation>Repris &amp;le :</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Embauche</translation>
    </message>
    <message>
        <source>Validate the lasting job</source>
        <translation>Valider l&apos;emploi durable</translation>
    </message>
    <message>
        <source>Contract broken</source>
        <translation>Rupture du contrat</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Terminé &amp;le :</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation>Situation à l&apos;entrée</translation>
    </message>
    <message>
        <source>Plan an action</source>
        <translation>Prévoir une action</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Action faite</translation>
    </message>
    <message>
        <source>Action to do again</source>
        <translation>Action à refaire</translation>
    </message>
    <message>
        <source>&amp;New pathway…</source>
        <translation>&amp;Nouveau parcours…</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Entered &amp;on:</source>
        <translation>Entré.e &amp;le :</translation>
    </message>
    <message>
        <source>Entry waiting for validation</source>
        <translation>Entrée en attente de validation</translation>
    </message>
    <message>
        <source>Entry refused: %1</source>
        <translation>Entrée refusée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlieIdentityDialog</name>
    <message>
        <source>The PLIE&apos;s identity</source>
        <translation>L&apos;identité du PLIE</translation>
    </message>
    <message>
        <source>&lt;p&gt;The consolidation names its PLIE: the national network adds up each PLIE once, and tells them apart by their code (or, without one, by their name). Type them once; Parcours keeps them in the database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La consolidation nomme son PLIE : le réseau national additionne chaque PLIE une seule fois, et les distingue par leur code (ou, à défaut, par leur nom). Saisissez-les une fois ; Parcours les garde dans la base.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>PLIE de …</source>
        <translation>PLIE de …</translation>
    </message>
    <message>
        <source>the code the network gave the PLIE</source>
        <translation>le code donné au PLIE par le réseau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
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
<context>
    <name>parcours::ui::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation>Réaffecter</translation>
    </message>
    <message numerus="yes">
        <source>The current pathway of the %n chosen participant(s) goes to:</source>
        <translation>
            <numerusform>Le parcours en cours de la ou du participant.e choisi.e passe à&#xa0;:</numerusform>
            <numerusform>Le parcours en cours des %n participant.e.s choisi.e.s passe à&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Case workers</source>
        <translation>Référent.e.s</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Réaffecter…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReferentDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Parcours shows first the participants you follow. Choose your name among the case workers of this database, or type it if you are new.</source>
        <translation>Parcours affiche d’abord les participant.e.s que vous suivez. Choisissez votre nom parmi les référent.e.s de cette base, ou saisissez-le si vous êtes nouveau ou nouvelle.</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReferentsModel</name>
    <message>
        <source>%1 — below the norm</source>
        <translation>%1 — sous le repère</translation>
    </message>
    <message>
        <source>%1 — above the norm</source>
        <translation>%1 — au-dessus du repère</translation>
    </message>
    <message>
        <source>%1 open pathways; the norm: a case worker follows %2 to %3.</source>
        <translation>%1 parcours ouverts&#xa0;; le repère&#xa0;: un.e référent.e suit de %2 à %3 personnes.</translation>
    </message>
    <message>
        <source>Enter or a double click shows %1&apos;s caseload.</source>
        <translation>Entrée ou un double clic montre les personnes suivies par %1.</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Référent.e</translation>
    </message>
    <message>
        <source>Open pathways</source>
        <translation>Parcours ouverts</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n days</source>
        <translation>
            <numerusform>Sans entretien depuis %n jour</numerusform>
            <numerusform>Sans entretien depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>To do overdue</source>
        <translation>À faire en retard</translation>
    </message>
    <message>
        <source>Entries %1</source>
        <translation>Entrées %1</translation>
    </message>
    <message>
        <source>Exits %1</source>
        <translation>Sorties %1</translation>
    </message>
    <message>
        <source>Pathways entered and not exited; the norm is %1 to %2 per case worker.</source>
        <translation>Parcours commencés et non sortis&#xa0;; le repère est de %1 à %2 par référent.e.</translation>
    </message>
    <message>
        <source>People in a pathway, not on hold, without a contact for the PLIE&apos;s number of days (Parcours › Days without a contact…).</source>
        <translation>Personnes en parcours, hors veille, sans entretien depuis le nombre de jours du PLIE (Parcours › Jours sans entretien…).</translation>
    </message>
    <message>
        <source>Items of « To do » due before today.</source>
        <translation>Éléments de «&#xa0;À faire&#xa0;» dont l&apos;échéance est passée.</translation>
    </message>
    <message>
        <source>Pathways entered since 1 January.</source>
        <translation>Parcours commencés depuis le 1er janvier.</translation>
    </message>
    <message>
        <source>Pathways exited since 1 January.</source>
        <translation>Parcours sortis depuis le 1er janvier.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReferentsPanel</name>
    <message>
        <source>Case workers</source>
        <translation>Référent.e.s</translation>
    </message>
    <message>
        <source>No case worker in this database yet.</source>
        <translation>Pas encore de référent.e dans cette base.</translation>
    </message>
    <message numerus="yes">
        <source>%n case worker(s)</source>
        <translation>
            <numerusform>%n référent.e</numerusform>
            <numerusform>%n référent.e.s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, each within the norm of %2 to %3 open pathways.</source>
        <translation>%1, chacun.e dans le repère de %2 à %3 parcours ouverts.</translation>
    </message>
    <message>
        <source>%1, %2 outside the norm of %3 to %4 open pathways.</source>
        <translation>%1, dont %2 hors du repère de %3 à %4 parcours ouverts.</translation>
    </message>
    <message>
        <source>Enter or a double click shows a case worker&apos;s caseload.</source>
        <translation>Entrée ou un double clic montre les personnes suivies par un.e référent.e.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::RetentionDialog</name>
    <message>
        <source>Files due for archiving</source>
        <translation>Dossiers à archiver</translation>
    </message>
    <message>
        <source>A file is due when every pathway of the person has ended and their latest record is older than the retention period. Archiving erases the name, birth date, contact details and every free text; the figures of every year stay the same.</source>
        <translation>Un dossier est à archiver quand chaque parcours de la personne est terminé et que son dernier enregistrement est plus ancien que la durée de conservation. L&apos;archivage efface le nom, la date de naissance, les coordonnées et tous les textes libres ; les chiffres de chaque année restent les mêmes.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Keep as the PLIE&apos;s period</source>
        <translation>Garder comme durée du PLIE</translation>
    </message>
    <message>
        <source>Retention period:</source>
        <translation>Durée de conservation :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Référent.e</translation>
    </message>
    <message>
        <source>Latest record</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) due: latest record before %1.</source>
        <translation>
            <numerusform>%n dossier à archiver : dernier enregistrement avant le %1.</numerusform>
            <numerusform>%n dossiers à archiver : dernier enregistrement avant le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive the files</source>
        <translation>Archiver les dossiers</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n file(s)? Their names, birth dates, contact details and free texts will be erased for good; a backup is taken first.</source>
        <translation>
            <numerusform>Archiver %n dossier ? Son nom, sa date de naissance, ses coordonnées et ses textes libres seront effacés définitivement ; une sauvegarde est faite d&apos;abord.</numerusform>
            <numerusform>Archiver %n dossiers ? Leurs noms, dates de naissance, coordonnées et textes libres seront effacés définitivement ; une sauvegarde est faite d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>parcours::ui::StepsPanel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation>Terminée le :</translation>
    </message>
    <message>
        <source>Ne&amp;w step</source>
        <translation>Nouvelle é&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Close today</source>
        <translation>&amp;Clore aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>Sous-type :</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Opérateur :</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Intitulé :</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Commencée le :</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter l&apos;étape</translation>
    </message>
    <message>
        <source>Close step</source>
        <translation>Clore l&apos;étape</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Actions of the operator</source>
        <translation>Actions de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Operator&apos;s action:</source>
        <translation>Action de l&apos;opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>(no action yet)</source>
        <translation>(pas encore d&apos;action)</translation>
    </message>
    <message>
        <source>(choose a known provider)</source>
        <translation>(choisissez un opérateur connu)</translation>
    </message>
    <message numerus="yes">
        <source>(choose one of its %n action(s))</source>
        <translation>
            <numerusform>(choisissez son action)</numerusform>
            <numerusform>(choisissez l&apos;une de ses %n actions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::UndoController</name>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
</context>
<context>
    <name>parcours::ui::WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Parcours (locked)</source>
        <translation>Parcours (verrouillé)</translation>
    </message>
</context>
</TS>
