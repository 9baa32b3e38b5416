<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Follow-up of the participants of a PLIE, for the case workers (r&amp;eacute;f&amp;eacute;rent.e.s de parcours).&lt;/p&gt;&lt;p&gt;The participants&apos; files stay in the database on this computer; only aggregated, anonymous figures leave it for the national consolidation.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <comment>file name of the saved list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export not traced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is saved, but its trace could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsText</name>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pathway(s)</source>
        <translation>
            <numerusform>%Ln pathway</numerusform>
            <numerusform>%Ln pathways</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln barrier(s)</source>
        <translation>
            <numerusform>%Ln barrier</numerusform>
            <numerusform>%Ln barriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hold period(s)</source>
        <translation>
            <numerusform>%Ln hold period</numerusform>
            <numerusform>%Ln hold periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln broken hire(s)</source>
        <translation>
            <numerusform>%Ln broken hire</numerusform>
            <numerusform>%Ln broken hires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) followed; guideline: %1 to %2</source>
        <translation>
            <numerusform>%Ln participant followed; guideline: %1 to %2</numerusform>
            <numerusform>%Ln participants followed; guideline: %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned action(s)</source>
        <translation>
            <numerusform>%Ln planned action</numerusform>
            <numerusform>%Ln planned actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1 (none)</source>
        <comment>a rate without a value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in a pathway, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of exits, moves,&lt;br&gt;deaths, retirements aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by sex, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by age, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by education, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries by public, %1 (one person may count in several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits by type, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits by reason, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits / exits by group, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps by type, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers identified and lifted, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits / exits, year by year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A backup&apos;s date and time: « mardi 1 décembre 2026 à 10:14 » (%1 the day, %2 the time)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Put %1 in place of the database &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;What was written since that backup will no longer show. The current database is not deleted: it is kept beside it, as &lt;i&gt;%3.remplacee-…&lt;/i&gt;, and can be restored in its turn.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours was not closed properly the last time (a crash, or the computer turned off), and the database is now damaged.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; is damaged: Parcours will not write into it.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%2&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no sound backup of it. The damaged file stays where it is, untouched: &lt;b&gt;%1&lt;/b&gt;. Make a copy of it and ask for help before anything else.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The backup could not be restored: %1&lt;/p&gt;&lt;p&gt;The damaged database is still &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest sound backup dates from &lt;b&gt;%1&lt;/b&gt;. Restore it? What was written since then will be missing. The damaged file will be kept beside it, as &lt;i&gt;%2.endommagee-…&lt;/i&gt;, never deleted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPlie</name>
    <message>
        <source>Demo PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo PLIE cannot be opened from &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>in pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in work (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>years then months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <comment>days ago, short</comment>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FicheDocument</name>
    <message>
        <source>printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche parcours – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n years old)</source>
        <translation>
            <numerusform>%1 (%n year old)</numerusform>
            <numerusform>%1 (%n years old)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority neighbourhood (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Travail id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent.e: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term job seeker (DELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled worker (RQTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No barrier identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire and six-month follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector (NAF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting job validated on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-month follow-up under way, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six months reached on %1: the lasting job is to be validated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six months after the hire: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit: the pathway goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit without positive outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited on %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche parcours %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheOutput</name>
    <message>
        <source>Fiche parcours – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLabels</name>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1 (no qualification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 (basic skills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 (CAP, BEP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 4 (baccalauréat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 5 (bac + 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 6 (bachelor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 7 (master)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 8 (doctorate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level VI (former scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level V bis (former scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level V (former scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level IV (former scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level III (former scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level II (former scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level I (former scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubsidised job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidised contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insertion through work (IAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support in work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACI (insertion workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EI (insertion company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETTI (temporary work insertion company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI (intermediary association)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEIQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-qualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long away from work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualifying training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other positive exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent contract (CDI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed-term contract of 6 months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary work of 6 months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step to take</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority neighbourhood (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Travail id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term unemployed (DELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector (NAF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pathway of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the barrier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hold of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hire of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited the identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened a pathway on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed the pathway on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed the pathway on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked %1 as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged a contact on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged a contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the pathway on hold on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the pathway on hold on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged a hire on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged a hire on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a planned action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited a planned action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted a planned action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took over the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason of the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the entry back to be validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector (NAF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to ca&amp;ll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and phone, for the follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term job seeker (&amp;DELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised disabled worker (RQ&amp;TH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>People in a pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a pathway on 1 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a pathway during the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a pathway on 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By age at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>26 to 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualification (1-2, VI, V bis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low qualification (3, V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified (4-8, IV-I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or unknown (9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By public (one person may count in several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term jobseekers (DELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled workers (RQTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other difficulties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living in a priority district (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other positive exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits without follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, death, retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (referral included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits to a lasting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sector (NAF section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits / exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits / exits, moves, deaths and retirements aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits / entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive exits / exits, by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per person in a pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAE steps by structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified during the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted during the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RQTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percent</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupDatabase</name>
    <message>
        <source>Parcours cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; cannot be opened.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not open the database. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Follow-up of the participants of a PLIE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (or create) the database FILE instead of the default one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AgendaModel</name>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six-month validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent.e</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AgendaPanel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due by a week from today.</source>
        <translation>
            <numerusform>%n item due by a week from today.</numerusform>
            <numerusform>%n items due by a week from today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due by a week from today, </source>
        <translation>
            <numerusform>%n item due by a week from today, </numerusform>
            <numerusform>%n items due by a week from today, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All case workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::BackupsDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The backups of &lt;b&gt;%1&lt;/b&gt;, newest first. Parcours takes one when it opens and closes the database, and once a day while it is open; it keeps one a day for the last 7 days, then one a week for 4 weeks.&lt;/p&gt;&lt;p&gt;Folder: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this database yet. File › Back up now takes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::BarriersPanel</name>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified → in progress → lifted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start working on barrier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last contact on %1: over %n day(s) ago</source>
        <translation>
            <numerusform>Last contact on %1: over %n day ago</numerusform>
            <numerusform>Last contact on %1: over %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact since the entry, over %n day(s) ago</source>
        <translation>
            <numerusform>No contact since the entry, over %n day ago</numerusform>
            <numerusform>No contact since the entry, over %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (exited on %2)</source>
        <comment>the pathway&apos;s length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to do this week: see « To do »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CaseloadView</name>
    <message>
        <source>Current pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In work (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, city, France Travail id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All case workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant matches the search and the filters. Try « All case workers » or « All statuses ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ChartCard</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@value %</source>
        <comment>a percent on a bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@yPoint %</source>
        <comment>a percent on a point</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConflictsDialog</name>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict waits to be settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes received from another database were not applied: the file had changed here. Correct the file if needed, then mark them settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConsolidationDialog</name>
    <message>
        <source>&amp;Warehouse: the exact counts, for the national warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublic: small counts hidden, for a document anyone may read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from 1 to this number minus one are hidden (at least %1; %2 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold is at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for the national warehouse (format parcours-consolidation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same values, one a line: indicator,value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook to open in a spreadsheet: French labels, one sheet per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the indicators of each year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consolidation could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) hidden by the public profile.</source>
        <translation>
            <numerusform>%n value hidden by the public profile.</numerusform>
            <numerusform>%n values hidden by the public profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact counts: for the national warehouse only, never for publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consolidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PLIE&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ContactsPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DashboardWindow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole dashboard as one PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the indicators of each year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2 people in a pathway during the year, %3 entries, %4 exits of which %5 positive (%6 of exits). %7 people were still in a pathway on 31 December.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be written to « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DemoBanner</name>
    <message>
        <source>&lt;b&gt;You are viewing a demo PLIE:&lt;/b&gt; fictitious data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DemoCreationDialog</name>
    <message>
        <source>Demo PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating a demo PLIE of %n fictitious participant(s), in a database of its own…</source>
        <translation>
            <numerusform>Creating a demo PLIE of %n fictitious participant, in a database of its own…</numerusform>
            <numerusform>Creating a demo PLIE of %n fictitious participants, in a database of its own…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::EmptyCaseloadPanel</name>
    <message>
        <source>&lt;p style=&quot;font-size:large&quot;&gt;No participant yet&amp;hellip;&lt;/p&gt;&lt;p&gt;The participants you follow will be listed here.&lt;/p&gt;&lt;p&gt;Start from the files of your former tool, or discover Parcours on a demo PLIE: its data is fictitious and kept in a database of its own.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of CSV files in the interchange format: participants.csv, parcours.csv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictitious participants, to try Parcours without touching your database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a participant&apos;s file and their entry into the PLIE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::EntryValidationDialog</name>
    <message>
        <source>Entries to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the refused entries too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry waits for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) recorded by the case workers wait for validation.</source>
        <translation>
            <numerusform>%n entry recorded by the case workers waits for validation.</numerusform>
            <numerusform>%n entries recorded by the case workers wait for validation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the entry of %1 refused? The case worker reads it in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::EntryValidationSetting</name>
    <message>
        <source>&amp;Validate the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pathways recorded in the application wait for a coordinator&apos;s validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop validating the entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::FilePanel</name>
    <message>
        <source>This pathway closed on %1. Add to it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed pathway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::HelpWindow</name>
    <message>
        <source>Parcours guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::HistoryModel</name>
    <message>
        <source>File consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported in a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy given to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a read of the file and what was printed or exported</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>instant, who, a read of the file</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::HistoryPanel</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::IdentityPanel</name>
    <message>
        <source>Lives in a priority neighbourhood (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Travail id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry on %1, followed by %2.
Education: %3
RSA: %4 · long-term unemployed (DELD): %5 · RQTH: %6 · other difficulty: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RGPD information given on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportDialog</name>
    <message>
        <source>&amp;Copy the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct these lines in the files, then import the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every error, one a line, as file:line: column: message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The folder has been imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The database now also holds:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import could not be done.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was imported: the database is unchanged.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s): nothing was imported, the database is unchanged.</source>
        <translation>
            <numerusform>%Ln error: nothing was imported, the database is unchanged.</numerusform>
            <numerusform>%Ln errors: nothing was imported, the database is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln are listed.</source>
        <translation>
            <numerusform>Only the first %Ln is listed.</numerusform>
            <numerusform>Only the first %Ln are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::LockScreen</name>
    <message>
        <source>&lt;h2&gt;Parcours is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it in its main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not unlock Parcours. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::LockSettingsDialog</name>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours hides every window after some minutes without use, and with Ctrl+Alt+L. The database&apos;s passphrase unlocks it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours hides every window after some minutes without use, and with Ctrl+Alt+L. The database has no passphrase: choose a lock code, which unlocks it. It is kept on this computer only, as a digest.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters at least</source>
        <translation>
            <numerusform>%n character at least</numerusform>
            <numerusform>%n characters at least</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code is too short: %n characters at least.</source>
        <translation>
            <numerusform>The code is too short: %n character at least.</numerusform>
            <numerusform>The code is too short: %n characters at least.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two codes differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to my database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database is the demo&apos;s file, %1: the demo cannot be opened beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change case worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the database: choose who you are in Parcours › Change case worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pathways followed by %1; a case worker follows 60 to 100 participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 was deleted: Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Parcours shows what it read last; it may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletion of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts to settle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts to settle (%n)…</source>
        <translation>
            <numerusform>&amp;Conflict to settle (%n)…</numerusform>
            <numerusform>&amp;Conflicts to settle (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days without a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« To do » lists a person in a pathway after this many days without a contact (a PLIE setting):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries to validate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yearly consolidation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Parcours database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours databases (*.sqlite *.parcours);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the demo PLIE: open it with File › Open the demo PLIE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the participants to reassign in the list of participants first (Ctrl or Shift and a click to select several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody moves: the chosen participants are already followed by %1, or have no pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n participant(s) to %1?</source>
        <translation>
            <numerusform>Move %n participant to %1?</numerusform>
            <numerusform>Move %n participants to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already followed by them or without a pathway stay(s) as before.</source>
        <translation>
            <numerusform>%n already followed by them or without a pathway stays as before.</numerusform>
            <numerusform>%n already followed by them or without a pathway stay as before.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer a case worker of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the reassignment of %n participant(s) to “%1”</source>
        <translation>
            <numerusform>the reassignment of %n participant to “%1”</numerusform>
            <numerusform>the reassignment of %n participants to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) now followed by %1: Edit › Undo (Ctrl+Z) takes it back.</source>
        <translation>
            <numerusform>%n participant now followed by %1: Edit › Undo (Ctrl+Z) takes it back.</numerusform>
            <numerusform>%n participants now followed by %1: Edit › Undo (Ctrl+Z) takes it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 follows no participant in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours was not closed properly the last time. The database was checked as it opened: it is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored. The replaced database is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Parcours closes without writing into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours closes without writing into the damaged database. It will offer a backup again the next time it opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored; the damaged database is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is now encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) encrypted with it.</source>
        <translation>
            <numerusform>%n backup encrypted with it.</numerusform>
            <numerusform>%n backups encrypted with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies left as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;These copies could not be encrypted; delete them if they are of no use:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your lock code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lock code is chosen: click Unlock. To keep others out, choose a code (File › Lock settings…) or protect the database with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read without its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets the file can read it: File › Protect the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe: forgotten, it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files due for &amp;archiving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in a priority neighbourhood (QPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives the RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term unemployed (DELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as disabled worker (RQTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France &amp;Travail id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry into the PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Référent.e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entry date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ducation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the référent.e who follows this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day, month and year: 14/09/1988</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the birth date (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date « %1 » is not a date: enter it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sex of the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what you entered for this person? Nothing will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This person is probably already followed:%1

Open a new pathway for %2 (who comes back), or create a new participant anyway?</source>
        <translation>
            <numerusform>This person is probably already followed:%1

Open a new pathway for %2 (who comes back), or create a new participant anyway?</numerusform>
            <numerusform>These people are probably already followed:%1

Open a new pathway for %2 (who comes back), or create a new participant anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::NoticeDialog</name>
    <message>
        <source>RGPD information notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, e-mail or phone for questions about one&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLIE&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice&apos;s text. {plie}, {contact}, {personne} and {date} are replaced when it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information-notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::OperatorsDialog</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers that run the steps, and the actions each has run (label, type and subtype), offered when a step is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the chosen provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n step(s) of « %1 » go to the provider chosen below, and « %1 » is deleted.</source>
        <translation>
            <numerusform>The step of « %1 » goes to the provider chosen below, and « %1 » is deleted.</numerusform>
            <numerusform>The %n steps of « %1 » go to the provider chosen below, and « %1 » is deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantFileWindow</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Participant file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: see the messages under the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1 What it shows may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the file of %1, with their pathways, steps, barriers and contacts?

The main window can still undo it (Edit › Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche parcours as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche parcours as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiche could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation could not be traced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for %1 %2</source>
        <comment>folder name: the person, the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for the person written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PassphraseDialog</name>
    <message>
        <source>Protected database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; is protected by a passphrase. Type it to open the database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Parcours creates the database &lt;b&gt;%1&lt;/b&gt;. It will hold personal data (health, disability, welfare): protect it with a passphrase, so that the file cannot be read without it, on this computer or on a lost one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotect the database with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; and its backups will be encrypted: without the passphrase, nobody can read them. No unencrypted copy is kept.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The database &lt;b&gt;%1&lt;/b&gt; and its backups will be encrypted with the new passphrase; the former one will no longer open them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;: nobody, not even the PLIE&apos;s support, can open the database without it. Write it down and keep it somewhere safe, away from the computer.&lt;/p&gt;&lt;p&gt;A short sentence of four or five words is both strong and easy to remember.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create without protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): too short, %1 at least</source>
        <translation>
            <numerusform>%n character: too short, %1 at least</numerusform>
            <numerusform>%n characters: too short, %1 at least</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): weak, a longer one is better</source>
        <translation>
            <numerusform>%n character: weak, a longer one is better</numerusform>
            <numerusform>%n characters: weak, a longer one is better</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): fair</source>
        <translation>
            <numerusform>%n character: fair</numerusform>
            <numerusform>%n characters: fair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s): strong</source>
        <translation>
            <numerusform>%n character: strong</numerusform>
            <numerusform>%n characters: strong</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::PathwayPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation at &amp;entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate the lasting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract &amp;broken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done / to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pathway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a job – follow-up until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pathway since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired on %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to call: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six months on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier hire from %1 to %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier pathway from %1 to %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the lasting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action to do again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pathway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry waiting for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlieIdentityDialog</name>
    <message>
        <source>The PLIE&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The consolidation names its PLIE: the national network adds up each PLIE once, and tells them apart by their code (or, without one, by their name). Type them once; Parcours keeps them in the database.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLIE de …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code the network gave the PLIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ProgressPanel</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The current pathway of the %n chosen participant(s) goes to:</source>
        <translation>
            <numerusform>The current pathway of the chosen participant goes to:</numerusform>
            <numerusform>The current pathways of the %n chosen participants go to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Case workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReferentDialog</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours shows first the participants you follow. Choose your name among the case workers of this database, or type it if you are new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReferentsModel</name>
    <message>
        <source>%1 — below the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — above the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open pathways; the norm: a case worker follows %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click shows %1&apos;s caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pathways</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n days</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>To do overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways entered and not exited; the norm is %1 to %2 per case worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in a pathway, not on hold, without a contact for the PLIE&apos;s number of days (Parcours › Days without a contact…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of « To do » due before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways entered since 1 January.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways exited since 1 January.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReferentsPanel</name>
    <message>
        <source>Case workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case worker in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case worker(s)</source>
        <translation>
            <numerusform>%n case worker</numerusform>
            <numerusform>%n case workers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, each within the norm of %2 to %3 open pathways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 outside the norm of %3 to %4 open pathways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click shows a case worker&apos;s caseload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::RetentionDialog</name>
    <message>
        <source>Files due for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is due when every pathway of the person has ended and their latest record is older than the retention period. Archiving erases the name, birth date, contact details and every free text; the figures of every year stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as the PLIE&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) due: latest record before %1.</source>
        <translation>
            <numerusform>%n file due: latest record before %1.</numerusform>
            <numerusform>%n files due: latest record before %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive %n file(s)? Their names, birth dates, contact details and free texts will be erased for good; a backup is taken first.</source>
        <translation>
            <numerusform>Archive %n file? Its name, birth date, contact details and free texts will be erased for good; a backup is taken first.</numerusform>
            <numerusform>Archive %n files? Their names, birth dates, contact details and free texts will be erased for good; a backup is taken first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::StepsPanel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions of the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no action yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a known provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(choose one of its %n action(s))</source>
        <translation>
            <numerusform>(choose its action)</numerusform>
            <numerusform>(choose one of its %n actions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::UndoController</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::WindowLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
