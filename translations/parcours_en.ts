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
</TS>
