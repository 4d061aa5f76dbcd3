<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;folja-cli --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line; use the environment variable FOLJA_PASSWORD or --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set FOLJA_PASSWORD or give --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: FOLJA_KDF_ITERATIONS=%1 is below the production strength (%2); use this only for tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the encrypted database %1 with %2 as administratör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY CODE (shown only this once). It opens the database without any password:
write it down and keep it locked away, separate from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use handlaggare, analytiker or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account&apos;s password must be given in FOLJA_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the account %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported and nothing was changed.</source>
        <translation>
            <numerusform>%n error in %1; nothing was imported and nothing was changed.</numerusform>
            <numerusform>%n errors in %1; nothing was imported and nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>extract supports only --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user command; use &quot;user add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: folja-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  init --db P --user NAME
      Create a new encrypted database with NAME as its first administratör.
      Prints a recovery code once: store it safely.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user add --db P --user ADMIN --name NAME --role ROLE [--role ROLE ...]
      Add an account. ROLE: handlaggare, analytiker, administrator (or several,
      comma-separated). The new password comes from FOLJA_NEW_PASSWORD.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  demo --db P --user ADMIN --persons N [--seed S]
      Fill the database with N synthetic persons and their ärenden, insatser and
      uppföljningar (the same data for the same seed; default seed 1), spread over
      handläggare accounts demo1, demo2, ... whose password is FOLJA_PASSWORD.
      Administratör only. Prints a JSON summary.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import --db P --user NAME --csv FILE [--dry-run]
      Import ärenden from the canonical CSV; all or nothing. Prints a JSON summary.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  crosstab --db P --user NAME --rows VAR [--cols VAR] [--layers VAR] --format json|csv
           [--unit insats|arende|person|uppfoljning] [--from DATE] [--to DATE]
           [--malgrupp CODE[,CODE]] [--min-cell K] [--period-meaning events|active|status]
           [--status-date DATE] [--age-bands SPEC] [--filter VAR=CODE[,CODE]]
      A cross-tabulation with bortfall and disclosure control, for publication.
      VAR: kon, alder_grupp, ursprung, malgrupp, enhet, aktualiseringstyp,
      aktualiseringsorsak, tidigare_kontakt, hushallstyp, problematik, insats
      (insats:parent), avslutsorsak, sip, maluppfyllelse, samverkan,
      parallella_insatser, genomforande, b1a, b1b, b2, b3, b4, b5 and the dates
      aktualisering_datum, beslut_datum, verkstallande_datum, avslut_datum,
      uppfoljning_datum (by year; add :quarter or :month).
      --unit: what one counted record is (default insats).
      --from/--to (YYYY-MM-DD): the period. --period-meaning: events (default;
      the record&apos;s event happened in the period), active (ongoing at some time in
      it) or status (ongoing on --to, or --from). --status-date D is short for
      --period-meaning status --from D --to D.
      Age (alder_grupp) is counted at --from, or at the aktualisering date when no
      period is given. --age-bands: e.g. 0-17,18-64,65- (default 0-13,14-21,
      22-64,65-79,80-).
      --malgrupp: BOU, VUX, ALDRE, FUNK or EKB. --filter keeps records holding one
      of the codes (or labels); repeat it for several variables.
      --min-cell: 3 to 10; without it the database&apos;s setting applies. Counts below
      it are suppressed (&quot;n&quot;: null in JSON, &quot;..&quot; in CSV), with secondary
      suppression so that they cannot be recovered.
      A handläggare&apos;s table counts only their own ärenden.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  extract --db P --user NAME --person PNR --format json
      Registerutdrag: everything stored about one person and its audit trail.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from FOLJA_PASSWORD or --password-file FILE (first line),
never from the command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options: --help, --version
Exit codes: 0 success, 1 bad input or refused (nothing changed), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--persons needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fill %1 with demo data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 may be given only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit must be insats, arende, person or uppfoljning, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-cell must be a whole number from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period-meaning must be events, active or status, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status-date cannot be combined with --from, --to or --period-meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layers needs --cols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date; use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period-meaning status needs the date in --to (or --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a målgrupp; use BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use VAR=CODE or VAR=CODE,CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a målgrupp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: as a handläggare you see only your own ärenden; the table counts only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fill %1 with demo data: it already holds demo ärenden. Demo data can be added only once; use a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .pdf (the report), .png or .svg (the chart), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --analysis NAME (a saved analysis) or --rows VAR (an ad-hoc table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to an ad-hoc table (--rows); a saved analysis brings its own query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .png or .svg file holds one chart: give one --analysis, or write a .pdf report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi applies to .png only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 50 to 1200, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart must be grouped, stacked, stacked100 or horizontal, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: as a handläggare you see only your own ärenden; the report counts only those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folja-cli was built without the report (FOLJA_BUILD_GUI=OFF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report --db P --user NAME (--analysis SAVED [--analysis SAVED ...] | --rows VAR
         [--cols VAR] [--layers VAR] [other crosstab options]) --out FILE
         [--chart grouped|stacked|stacked100|horizontal] [--title T]
         [--organisation O] [--dpi N]
      The nämnd report (FILE.pdf: A4 with tables, charts, bortfall and suppression
      footnotes and a method note) or one chart (FILE.png at --dpi, default 200, or
      FILE.svg), always in publicering mode. SAVED is the name of one of your saved
      analyses. Runs without a display.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      crosstab and report: --min-cell may be stricter than the administratör&apos;s
      setting, never weaker (refused). --mode publicering|intern: intern analys
      stays on the analytiker&apos;s screen, so both commands refuse it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be publicering or intern, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown microdata command; use &quot;microdata export&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-precision must be month or day, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  microdata export --db P --user ADMIN --recipient NAME --out DIR [--from DATE]
         [--to DATE] [--date-precision month|day]
      Pseudonymised microdata for a regional partner or researcher (administratör
      only, audited): DIR/insatser.csv (one row per insats), DIR/datapackage.json
      (Frictionless Data Package) and DIR/README.txt. Person-IDs are replaced by a
      pseudonym per recipient, dates are given by month unless --date-precision day;
      comments, handläggare and skyddade personer are never exported. --from/--to
      select ärenden by aktualisering date. DIR must be new or empty.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  leadtimes --db P --user NAME --interval INTERVAL [--rows VAR] [--cols VAR]
            [--unit arende|insats] [crosstab&apos;s period, filter and --min-cell options]
            --format json|csv
      Lead times in days (n, median, quartiles, mean) per group, published like a
      cross-tab: a group is shown only when its n is. INTERVAL: aktualisering-beslut,
      beslut-verkstallande or verkstallande-avslut (the last two per insats).
      Records whose later step falls in the period are counted; a date missing or
      out of order is bortfall, a step not reached yet is not applicable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  trends --db P --user NAME --series SERIES [--series SERIES ...]
         --by month|quarter|year --from DATE --to DATE [--malgrupp CODE[,CODE]]
         [--filter VAR=CODE[,CODE]] [--age-bands SPEC] [--min-cell K] --format json|csv
      Counts per period. SERIES: aktualiseringar (ärenden), beslut, avslut (insatser)
      or pagaende (insatser in progress on each period&apos;s last day). A count below
      the smallest shown count is suppressed (null in JSON, &quot;..&quot; in CSV).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be aktualisering-beslut, beslut-verkstallande or verkstallande-avslut, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit must be arende or insats for lead times, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cols needs --rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be month, quarter or year, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--series must be aktualiseringar, beslut, avslut or pagaende, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import --db P --user NAME --csv FILE --mapping NAME [--sheet SHEET] [--dry-run]
      Import another system&apos;s extract (CSV/TXT or .xlsx) through an import mapping
      saved in the import wizard; the same rules, all or nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet needs --mapping: the canonical import reads CSV only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), column %2, rows %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exchange export --db P --user NAME --out FILE [--since DATE]
      An exchange package of your own ärenden (all, or those changed on or after
      DATE), encrypted with the transfer passphrase from FOLJA_TRANSFER_PASSPHRASE
      (at least 12 characters). Handläggare only. Prints a JSON summary.
  exchange import --db P --user NAME --in FILE [--owner HANDLAGGARE]
      Merge a package into this database (administratör; a handläggare may receive
      a package of their own ärenden). Ärenden are matched by their stable id and
      keep their handläggare (--owner: give them to another, administratör only);
      where both sides changed an ärende the newer edit wins. Prints the conflict
      report as JSON. A damaged, altered or wrong-passphrase package changes nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown exchange command; use &quot;exchange export&quot; or &quot;exchange import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer passphrase: set FOLJA_TRANSFER_PASSPHRASE (agreed with the other side; never given on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      --format xlsx --out FILE: the table as an Excel workbook (counts as numbers,
      percentages with a percent format, &quot;..&quot; for suppressed, a sheet per layer,
      footnotes and method note under the table), written only when complete.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json, csv or xlsx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is for --format xlsx; json and csv are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fonts found to draw the report with. Set QT_QPA_FONTDIR to a folder of .ttf fonts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::Accounts</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account names may only use letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administratör cannot lose that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administratör cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::AnalysisGate</name>
    <message>
        <source>The smallest shown count must be a whole number from %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest shown count %1 is below the administratör&apos;s %2 for this database; ask for %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal analysis is only for the analytiker role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal analysis must be switched on first (the switch is logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal analysis is for the screen only; it cannot be exported or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs at least one table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal analysis is not for publication: it stays on screen and cannot be exported, printed or put in a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result was computed with a smallest shown count of %1, below the administratör&apos;s %2; compute it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables of a report must share one smallest shown count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::AnalysisReader</name>
    <message>
        <source>Analysis requires the handläggare, analytiker or administratör role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::AnalysisScopes</name>
    <message>
        <source>There is no active account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored analysis scope of &quot;%1&quot; cannot be read; an administratör must set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a målgrupp code (BOU, VUX, ALDRE, FUNK or EKB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enhet name must have 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::ArendeService</name>
    <message>
        <source>No such ärende, or it is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active account with the handläggare role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role gives access to aggregated statistics only, not to individual ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can only save ärenden of your own; moving ärenden is for an administratör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ärende with id %1; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored about this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only import your own ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::CatalogSettings</name>
    <message>
        <source>The catalogue has no variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable %1 has no value %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local value %1 is used in registered ärenden and cannot be removed. Hide it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kommun&apos;s catalogue customisation could not be used, so the national catalogue is used as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::Drafts</name>
    <message>
        <source>Your role gives access to aggregated statistics only, not to individual ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a draft key of a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is too large to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::ExchangePackage</name>
    <message>
        <source>The exchange package&apos;s content is invalid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an exchange payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange package was made by a newer version of Följa (payload version %1); update Följa to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, stable_id appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ärenden announced, %2 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Följa exchange package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange package is incomplete (the file is truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange package was made by a newer version of Följa (format %1); update Följa to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange package has an unknown format version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange package&apos;s header is damaged or has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange package has unexpected bytes after its end; it has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange package cannot be opened: the transfer passphrase is wrong, or the package is damaged or has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decompressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::ExchangeService</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending ärenden in an exchange package requires the handläggare role: a package holds only your own ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given for the exchange package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the exchange package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving an exchange package requires the administratör role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administratör may give a package&apos;s ärenden to another handläggare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the exchange package %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an exchange package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only receive a package of your own ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active account with the handläggare role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package&apos;s handläggare %2 has no active handläggare account in this database. Create the account, or let an administratör give the ärenden to an existing handläggare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ärende %2 of the package (arende_id %3), variable %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ärende with arende_id %2 is already exchanged under another id in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two ärenden of the package are the same here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arende_id %2 of the package belongs to another ärende in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::ImportMappings</name>
    <message>
        <source>The import mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the import mapping is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the import mapping must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing with an import mapping is for administratörer and for handläggare an administratör has allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import mapping named &quot;%1&quot;; none is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import mapping named &quot;%1&quot;; saved mappings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import mapping is not valid and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import mapping number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a handläggare can be allowed to import; &quot;%1&quot; does not hold that role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::MicrodataExport</name>
    <message>
        <source>The recipient name must be 1–64 letters, digits, spaces, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder: choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret of recipient %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ärende refers to a person that is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the files in %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the files into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the folder %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::Organisation</name>
    <message>
        <source>Unknown target group code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 units can be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name can have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::SavedAnalyses</name>
    <message>
        <source>The saved analysis %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the analysis is too long (%1 characters; at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the analysis must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved analysis number %1 of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no saved analysis named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have an analysis named &quot;%1&quot;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis &quot;%1&quot; has no closed period to move forward; set the new period instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::Session</name>
    <message>
        <source>There is no account with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked; sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administratör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This requires the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name whose password is to be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::access::Settings</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band preset %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band preset %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::analysis</name>
    <message>
        <source>Not for publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal analysis: small counts are shown. Not for publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead times are grouped by at most two dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead time is counted per insats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead times are counted per ärende or per insats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups with fewer than %1 records are not shown for confidentiality reasons; some further groups have been hidden so that they cannot be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between the two dates: median and quartiles (linear interpolation) and mean. Records with a date missing or out of order are bortfall; records that have not reached the later step yet are reported separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trend needs a period with a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values below %1 are not shown for confidentiality reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing insatser are counted on the last day of each period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal analysis is not for publication and cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown analysis variable &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date variable is grouped by year, quarter or month, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no part &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended insatser without any uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden past beslut without any insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values below %1 are not shown for confidentiality reasons; some further values have been hidden so that they cannot be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can hold several values: a record is counted once for each value, so percentages can add up to more than 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing): the value is missing although the step was reached (internal bortfall). Records for which the question did not apply are left out and reported separately. Percentages are of records with a valid answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måluppfyllelse is shown separately for the BBIC and IBIC value sets, which cannot be pooled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table has one to three dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest shown count must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status count needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljningar are events; count them in a period, not on a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one age band is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved analysis is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved analysis names an unknown unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved analysis has an unknown time selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved analysis has an unknown mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables of a report set must all use the same smallest shown count; table %1 uses %2, table %3 uses %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode: where every person in a small group had the same outcome, the group&apos;s values are not shown, since they would reveal each person&apos;s outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are not shown because the same values are hidden in another table of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved analysis has an unknown disclosure-control setting (strict or aggregate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insatser are shown at their KSI parent level so that fewer values need to be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups have been widened (%1 instead of %2) so that fewer values need to be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown by quarter instead of by month so that fewer values need to be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown by year instead of by quarter so that fewer values need to be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 are shown together as &quot;Other&quot; so that fewer values need to be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perturbation table is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values have been changed at random by at most ±2 to protect individuals; totals may therefore differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values below %1 after the change are shown as &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables count a status on the last day of a month only (so that tables cannot be compared day by day): %1 is not; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables cover whole months only (so that tables cannot be compared day by day): the period must start on the first day of a month, not on %1; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables cover whole months only (so that tables cannot be compared day by day): the period must end on the last day of a month, not on %1; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables count ages on the first day of a month only: the age reference date %1 is not; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables use preset age groups only (so that tables cannot be compared year by year): %1 is not one of them. Allowed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::analysis::ExcelCsv</name>
    <message>
        <source>An internal analysis is not for publication and cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to export is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lower bound of the 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, upper bound of the 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 \ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value missing (internal bortfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External bortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::analysis::XlsxExport</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal analysis is not for publication and cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table to export is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lower bound of the 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, upper bound of the 95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 \ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value missing (internal bortfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External bortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;..&quot;: not shown, to protect individuals (fewer than %1, or hidden so that such a count cannot be worked out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey italic row or column: records without a value for the variable (internal bortfall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måluppfyllelse is answered on two scales (BBIC and IBIC): each scale has its own block and total, and the two are never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Följa cannot write Excel workbooks; export the table as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::analysis::report</name>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uppföljningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the aktualisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verkställande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the avslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kön</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1. Each of them is counted once in a table cell; %2 records in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: all registered %1, without a time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1. Counted are %2 where %3 took place in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1. Counted are %2 that were ongoing at some time in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on %1: counted are %2 that were ongoing on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first day of the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the aktualisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age is counted at %1, in the age groups %2 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is aggregated to the higher KSI level (insatser of the same kind together).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is grouped by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is grouped by quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is grouped by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måluppfyllelse is the one of the last uppföljning of insatser that have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Måluppfyllelse is the one of the latest uppföljning in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uppgift saknas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>målgrupper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure control (the Cell Key Method): every count, totals included, is changed by a small random amount that is the same wherever the same records are counted; counts below %1 after the change are shown as &quot;..&quot;. Percentages are computed from the changed counts, of the records with a valid answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure control: counts from 1 to %1 are not shown (&quot;..&quot;), and further counts are hidden where they would let them be derived. Percentages are of the records with a valid answer; the total column is the denominator of the row&apos;s percentages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::catalog::Catalog</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; lists no target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not allowed in field &quot;%2&quot; (only Latin letters, digits, punctuation and spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid code &quot;%1&quot; in field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid variable code &quot;%1&quot; in field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &quot;%1&quot;, value no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &quot;%1&quot;, value &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping of variable &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping of variable &quot;%1&quot;, entry no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping of variable &quot;%1&quot;, entry &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target group no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate target group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue must list all five target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue must list all six process steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate area &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cardinality &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate value code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values&quot; and &quot;values_from&quot; exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parents of this value form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid for target groups its parent &quot;%1&quot; is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is also used by value &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variable has two mappings from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without targets must be marked for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label is mapped twice for the same target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in catalogue is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the catalogue file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue is not valid JSON: %1 (at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported catalogue format %1 (this program reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate variable code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;values_from&quot; names &quot;%1&quot;, which is not a variable with its own values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coded variable needs values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only coded variables may have values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition needs variables and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition names unknown variable &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition names value &quot;%1&quot;, which variable &quot;%2&quot; does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local value &quot;%1&quot; of variable &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only coded variables can have local values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code may hold only the letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code is already used in this variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 is not allowed in a label (only Latin letters, digits, punctuation and spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; is not a selectable national value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such local value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; has no value &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hide unknown variable &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customisation is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::domain</name>
    <message>
        <source>Legal sex is derived from the Person-ID; an entered value that differs from it is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age must be a whole number of years from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entered age needs the aktualisering date it refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age is derived from the Person-ID; an entered value that differs from it is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::domain::Validation</name>
    <message>
        <source>The decision date %1 is before the actualisation date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is before the decision date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start or decision date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up date %1 is before the start or decision date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the follow-up date %2; check that both are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (bortfall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value %2 is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid choice for this target group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;no cooperation&quot; cannot be combined with other choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target group is missing or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the sub-categories of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B2 is only asked when B1a or B1b says the situation improved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::identity::AgeBands</name>
    <message>
        <source>The age band &quot;%1&quot; must look like 0-13, 80- or 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age band &quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last age band may be open-ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age band &quot;%1&quot; overlaps the one before it or is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No age bands are given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::identity::PersonId</name>
    <message>
        <source>The reserve number rule has an invalid pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserve number rule has a negative position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person ID may only contain digits and one separator (- or +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person ID must have 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator must stand just before the last four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The century is not plausible: the person would be over 130 years old. Check the separator (- or +).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator + is only used from the year the person turns 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reserve number does not fit the configured format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth number (the three digits after the date) is 000, which is never issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::identity::ReservnummerRule</name>
    <message>
        <source>Region Stockholm: 12 digits 99YYYYNNNNNC (YYYY = year of issue, NNNNN = serial number, C = check digit over positions 5–11). Gives neither birth date nor legal sex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::AnalysisData</name>
    <message>
        <source>Analysis requires the handläggare, analytiker or administratör role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown målgrupp &quot;%1&quot;; use BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your analysis scope, set by an administratör, covers only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::CanonicalImport</name>
    <message>
        <source>Unknown column &quot;%1&quot;. Allowed columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date; write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no variable for this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value: neither a code nor a label of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid for målgrupp %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is a heading; choose one of the more specific values under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these values may not be combined with other values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before %1 (%2); dates must follow the order aktualisering ≤ beslut ≤ verkställande ≤ uppföljning ≤ avslut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arende_id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person_id is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malgrupp is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown målgrupp; use BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handlaggare is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active account with the handläggare role has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aktualisering_datum is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column describes an insats, but insats is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uppföljning answer needs uppfoljning_datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing although a later step is registered (bortfall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person has a different ursprung on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from row %1 of the same arende_id; ärende columns must agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same insats with the same beslut_datum is already on row %1 of this ärende; an insats is identified by insats and beslut_datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; a header row is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (arende_id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only import your own ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an age; write whole years from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person has a different kon on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::CsvReader</name>
    <message>
        <source>Line %1: the text is not valid UTF-8. Save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; a quote inside a quoted field must be written as &quot;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::DemoDatabase</name>
    <message>
        <source>The number of persons must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds demo ärenden; demo data can be added only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::Importer</name>
    <message>
        <source>Importing ärenden requires the handläggare or administratör role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::LiveSnapshot</name>
    <message>
        <source>The session has ended; sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked; sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::MappingEngine</name>
    <message>
        <source>fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel date number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende-id (the source system&apos;s key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handläggare (account name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved import mapping cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is filled from more than one place; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These required columns are not mapped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKL 2019 values were translated to SKR 2024 with the catalogue&apos;s table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SKL 2019 value that has several SKR 2024 counterparts%1; choose one in the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for målgrupp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a målgrupp; map it to BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a value of &quot;%1&quot;%2; map it to a catalogue value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date in the format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fixed value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column named %1; the mapping expects it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::TableSource</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty; a header row is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; a header row is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::io::XlsxReader</name>
    <message>
        <source>The file is not a readable Excel workbook (.xlsx): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook is too large to import: %1. Save the sheet as CSV, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a zip archive (is it an old .xls file, or damaged?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has no part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 different texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a row number is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a cell outside a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the cell reference &quot;%3&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a cell refers to text number %3, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Följa cannot read Excel workbooks; save the sheet as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::store::Database</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Följa database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (.keys) that belongs to the database is missing. Place it next to the database file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (.keys) next to the database belongs to a different database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (.keys) of the database is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Do not overwrite it: restore a backup and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is already open in another Följa window or on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal database error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created by a newer version of Följa. Update Följa to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption support (SQLCipher) is missing; the database was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user already has a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no password for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last password of the database cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required value is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen file is not a complete Följa backup (the database file and its .keys file are both needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::AccountsModel</name>
    <message>
        <source>Case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::AccountsWidget</name>
    <message>
        <source>Everyone who uses this database has an account. An account may hold several roles. Deactivated accounts can no longer sign in; their cases stay until you move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was created with the roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the administratör role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to manage accounts, settings and the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is replaced now. The old password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new password. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and the password stops opening the database. Cases owned by %1 stay until you move them to another case worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis &amp;scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may analyse all ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now analyse only: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import right…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the import right of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1 to import from other systems?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to use the import wizard or saved import mappings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may then import extracts from other systems with the import wizard and saved import mappings (only their own ärenden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer import from other systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now import from other systems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::AdminDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::AdminFeedback</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::AdminWorkspace</name>
    <message>
        <source>Accounts and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and gallring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microdata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::AnalysWorkspace</name>
    <message>
        <source>Internal analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the register again (changes saved since the data were read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data: your own %n ärende(n)</source>
        <translation>
            <numerusform>Data: your own %n ärende</numerusform>
            <numerusform>Data: your own %n ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data: %n ärende(n) in the register</source>
        <translation>
            <numerusform>Data: %n ärende in the register</numerusform>
            <numerusform>Data: %n ärenden in the register</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal analysis shows small values that could identify people. It is for your own analysis on screen only: nothing can be exported or printed, and switching it on is logged. Switch it on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal analysis cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uppföljningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for the next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the saved analysis on to the following period of the same length (next month, quarter or year) and opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart as PNG (choose the resolution), SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the analysis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file for Excel: the table as published, with bortfall, footnotes and method note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::AnalysisScopeDialog</name>
    <message>
        <source>Analysis scope of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may analyse only the ärenden of the ticked målgrupper and enheter. Nothing ticked in a group means no limit by that group. Administratörer are never limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målgrupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enheter are defined for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this case from %1 were not saved (the program was closed or stopped first). They were kept encrypted in the database. Restore them to continue, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept changes could not be read and were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeForm</name>
    <message numerus="yes">
        <source>Cannot save yet: %n error(s) to correct.</source>
        <translation>
            <numerusform>Cannot save yet: %n error to correct.</numerusform>
            <numerusform>Cannot save yet: %n errors to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %n answer(s) still missing.</source>
        <translation>
            <numerusform>Can be saved; %n answer still missing.</numerusform>
            <numerusform>Can be saved; %n answers still missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s) must be corrected first.</source>
        <translation>
            <numerusform>Not saved: %n error must be corrected first.</numerusform>
            <numerusform>Not saved: %n errors must be corrected first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person and target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target group decides which answers the form offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target group first: it decides which answers can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ärende (Ctrl+S or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in / To correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a question to see its definition here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown target group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add insats (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target group before adding an insats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an insats first: follow-ups belong to an insats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked only when %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insats %1, follow-up %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insats %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit (enhet) responsible for the case; the statistics can be split by unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– none –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeListModel</name>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>Actualised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required answers are missing although the process step has been reached (bortfall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsaved changes kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this case were not saved before the program closed. Open the case to restore or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeWorkspace</name>
    <message>
        <source>Följa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new case was being registered when the program closed; it was not saved. The changes were kept encrypted in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have changes that were not saved before the program closed. They were kept encrypted in the database and are marked in the list.</source>
        <translation>
            <numerusform>%n case have changes that were not saved before the program closed. They were kept encrypted in the database and are marked in the list.</numerusform>
            <numerusform>%n cases have changes that were not saved before the program closed. They were kept encrypted in the database and are marked in the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::CatalogWidget</name>
    <message>
        <source>Choose what the case form shows for each target group, and add the kommun&apos;s own values under an SKR value. Hidden questions keep answers already given. Changes apply to everyone who signs in to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add local value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove local value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of “%1” for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no fixed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is shown again in the form for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide a required variable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKR&apos;s national set requires “%1”. If you hide it for %2, the kommun&apos;s reports will lack it. Hide it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is hidden in the form for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is offered again for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer offered for %2; answers already given keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added; statistics count it as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the local value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is removed from the catalogue for every target group. This is refused while any case uses it; hide it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ConflictReportDialog</name>
    <message>
        <source>Exchange report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package from %1, made %2, for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ärende(n) in the package: %1 new, %2 updated, %3 unchanged, %4 kept as they were here.</source>
        <translation>
            <numerusform>%n ärende in the package: %1 new, %2 updated, %3 unchanged, %4 kept as they were here.</numerusform>
            <numerusform>%n ärenden in the package: %1 new, %2 updated, %3 unchanged, %4 kept as they were here.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ärende was changed on both sides since the last exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These ärenden were changed both here and in the package since the last exchange; the newer change was kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärende (no. here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ärende(n) of the package had been erased or gallrade here and were not brought back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::CreateDatabaseWizard</name>
    <message>
        <source>New Följa database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Följa stores goes into one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new, empty database for our registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;demo database with synthetic data, to try Följa or to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You choose where the file is kept, create the first administratör account and get a recovery code to keep safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by the same generator as &quot;folja-cli demo&quot;. It holds invented persons only; all its accounts share the public password %1, so never register real data in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the database is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that is backed up, for example on the kommun&apos;s file server. A key file (.keys) is kept next to the database; both are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administratör</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administratör creates the other accounts (handläggare, analytiker) and manages the settings. Each account has its own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, 2 to 64 characters. Passwords: at least 8 characters; a sentence of several words is easier to remember and harder to guess. Nobody can read a forgotten password back, not even the administratör.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the kommun registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case form offers only the target groups chosen here. Units (enheter) let the statistics be split by unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example:
Barn och unga
Vuxen
Äldreomsorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units, one per line (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery code and will keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database is ready. Sign in as demo1, demo2, … (handläggare), analys (analytiker) or admin (administratör); the password for all is %1. Finish signs you in as demo1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is ready. Below is its RECOVERY CODE. It is shown only now, never again.

It opens the database without any password, for example if every administratör has forgotten theirs. Print it or write it down, and keep the paper locked away like a key to the archive (for example in the safe of the kommun&apos;s IT or registry). Do not save it in a file, an e-mail or a password list on this computer. It cannot be copied from this window on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa databases (*.folja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the database file should be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: an existing database is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa may not write in the folder %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, 2 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one target group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created, but the target groups and units could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa – recovery code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the database without any password. Keep this paper locked away. Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::CrossTabModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % of %3 (95 % interval %4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all categories together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is missing although the step was reached (internal bortfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: values under %1 are not reported, and some further values are hidden so that they cannot be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all categories of the %2 scale together (the BBIC and IBIC scales are never added)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::CrossTabView</name>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: value missing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, uncertain answers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not applicable %1 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bortfall — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): value missing %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send my cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive package…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::FilterEditor</name>
    <message>
        <source>Målgrupper (none ticked: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::FilterRow</name>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::HelpMenu</name>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user manual is not installed on this computer. It is part of the Följa package (/usr/share/doc/folja/%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Följa %1&lt;/h3&gt;&lt;p&gt;Systematic follow-up in social services.&lt;/p&gt;&lt;p&gt;Variable catalogue: %2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Följa is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Följa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Följa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportColumnsPage</name>
    <message>
        <source>Which column is which?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file goes to one Följa variable, or is ignored on purpose. The suggestions come from the column names and the values in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målgrupp for every row (when no column has it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handläggare for every row (when no column has it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from a column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored (shown in grey); they are not imported.</source>
        <translation>
            <numerusform>%n column ignored (shown in grey); they are not imported.</numerusform>
            <numerusform>%n columns ignored (shown in grey); they are not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportDatesPage</name>
    <message>
        <source>How are the dates written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of each date column, as detected from its values. Confirm it or choose another; a date that does not fit is an error in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit this format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extract from your verksamhetssystem or an Excel sheet: CSV or text (UTF-8 or Windows-1252; semicolon, comma or tab between columns) or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping remembers which column is which and how the values translate, so next month&apos;s extract is three clicks: choose the mapping, the file, and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracts (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mapping (suggested from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks columns the mapping expects: %1. Check the columns on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet &quot;%2&quot;; %n column(s)</source>
        <translation>
            <numerusform>%1, sheet &quot;%2&quot;; %n column</numerusform>
            <numerusform>%1, sheet &quot;%2&quot;; %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, separator %2; %n column(s)</source>
        <translation>
            <numerusform>Encoding %1, separator %2; %n column</numerusform>
            <numerusform>Encoding %1, separator %2; %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportPreviewPage</name>
    <message numerus="yes">
        <source> … (%n in all)</source>
        <translation>
            <numerusform> … (%n in all)</numerusform>
            <numerusform> … (%n in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as Följa will store them, and every problem of the whole file. Errors (fel) stop the import; warnings (varningar) do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export problems as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importproblem.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ärende(n)</source>
        <translation>
            <numerusform>%n ärende</numerusform>
            <numerusform>%n ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n insats(er)</source>
        <translation>
            <numerusform>%n insats(er)</numerusform>
            <numerusform>%n insats(er)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. No errors, %n warning(s): the file can be imported.</source>
        <translation>
            <numerusform>%1. No errors, %n warning: the file can be imported.</numerusform>
            <numerusform>%1. No errors, %n warnings: the file can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n error(s): fix them (here or in the source file) before importing.</source>
        <translation>
            <numerusform>%1. %n error: fix them (here or in the source file) before importing.</numerusform>
            <numerusform>%1. %n errors: fix them (here or in the source file) before importing.</numerusform>
        </translation>
    </message>
    <message>
        <source>fel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: either every row is imported, or nothing changes. Ärenden already in Följa are updated by their ärende-id. The import is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping for next time as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Treserva-uttag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s). Go back to the preview to see them.</source>
        <translation>
            <numerusform>Nothing was imported: %n error. Go back to the preview to see them.</numerusform>
            <numerusform>Nothing was imported: %n errors. Go back to the preview to see them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged ärenden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportValuesPage</name>
    <message>
        <source>What do the values mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every distinct value of the mapped columns, with how often it occurs. Codes and labels are recognised regardless of case and spacing, SKL 2019 names through the catalogue&apos;s table. Choose a value where Följa cannot decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: bortfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (2019 table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKL 2019 → SKR 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose: 2019 value with several 2024 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose: not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) still to choose; rows with them are errors in the preview.</source>
        <translation>
            <numerusform>%n value still to choose; rows with them are errors in the preview.</numerusform>
            <numerusform>%n values still to choose; rows with them are errors in the preview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportWizard</name>
    <message>
        <source>Import from another system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::LeadTimesView</name>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualisering → beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut → verkställande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkställande → avslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between the two dates, per %1. Bortfall (end step reached, a date missing or out of order): %2. Not reached yet: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ärende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::LocalValueDialog</name>
    <message>
        <source>New local value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local value refines an SKR value for the kommun&apos;s own follow-up. Statistics and exports count it as the SKR value it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as SKR value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital letters A–Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. LOKAL.HEMLOSHET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This variable has no value that can be refined for the chosen target group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::LockWidget</name>
    <message>
        <source>Följa was locked because it was not used for a while. Enter your password to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked – signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::MainWindow</name>
    <message>
        <source>Följa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa — DEMO (synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from another system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several wrong passwords: waiting %1 s before the next attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong. After several wrong passwords each new attempt waits longer: the next one waits %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — wrong recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a user name that has no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — wrong password for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) since an administratör last looked:</source>
        <translation>
            <numerusform>%n failed sign-in since an administratör last looked:</numerusform>
            <numerusform>%n failed sign-ins since an administratör last looked:</numerusform>
        </translation>
    </message>
    <message>
        <source>(the latest %1 shown; all are in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older failed sign-ins were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are now recorded in the audit log (Administration). Many wrong passwords for one account can mean that someone is guessing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::MicrodataWidget</name>
    <message>
        <source>Pseudonymised microdata for a regional partner (FoU, RSS) or a researcher: one row per insats, with a description of every column. The personnummer is replaced by a pseudonym that is the same in every export to the same recipient and different for every other recipient. Comments, handläggare, enheter and skyddade personer are never included. Pseudonymised data are still personal data: hand them over only under an agreement. Every export is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FoU Nordost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ärenden aktualiserade in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export microdata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the microdata folder go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 insatser for %2 persons were written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 insatser of skyddade personer were left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::MinaArendenWidget</name>
    <message>
        <source>Search case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ModeBanner</name>
    <message>
        <source>&lt;b&gt;Publication&lt;/b&gt; — values below %1 are hidden (shown as ..) together with the values they could be worked out from. Safe to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal analysis — not for publication.&lt;/b&gt; Small values are shown. Nothing can be exported; switch back to publication to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Publication&lt;/b&gt; — every value is changed at random by at most ±%1 to protect individuals (the same records always give the same value), so totals can differ from the sum of their parts. A changed value below %2 is shown as .., so a number shown always stands for at least %3. Safe to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::MoveArendenModel</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::MoveArendenWidget</name>
    <message>
        <source>Move cases when a case worker leaves or their caseload changes. Cases are shown by case number only. Every move is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From case worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of the chosen case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To case worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to case worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move ticked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a&amp;ll cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n case(s)</source>
        <translation>
            <numerusform>%1 – %n case</numerusform>
            <numerusform>%1 – %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 ticked</source>
        <translation>
            <numerusform>%n of %1 ticked</numerusform>
            <numerusform>%n of %1 ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n ticked case(s)</source>
        <translation>
            <numerusform>the %n ticked case</numerusform>
            <numerusform>the %n ticked cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n case(s)</source>
        <translation>
            <numerusform>all %n case</numerusform>
            <numerusform>all %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cases?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3? %3 becomes responsible for them and %2 no longer sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved from %1 to %2.</source>
        <translation>
            <numerusform>%n case moved from %1 to %2.</numerusform>
            <numerusform>%n cases moved from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names may only use letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::PasswordFields</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::QueryPanel</name>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap rows and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one counted record is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing at some time in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by what is counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkställande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which event has to fall in the period</source>
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
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest uppföljning in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last uppföljning at avslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which uppföljning answers for an insats (måluppfyllelse, SIP, brukarfrågor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups as from-to, separated by commas, e.g. 0-13,14-21,22-64,65-79,80-. Age is counted on the first day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories without records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal analysis (not for publication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows small values on screen only. Logged. Nothing can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s start is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s end is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on a date needs the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age bands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same variable is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns before layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables for publication cover whole months (from the first to the last day of a month) and use the standard or the administrator&apos;s preset age bands, so that two tables cannot be compared day by day. Internal analysis may use any dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ReceivePackageDialog</name>
    <message>
        <source>Receive package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings a handläggare&apos;s exchange package into this database. Ärenden already here are matched and updated; where an ärende was changed both here and in the package since the last exchange, the newer change is kept and the conflict report lists it. A damaged or altered package, or a wrong passphrase, changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s own handläggare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ärenden to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handläggare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package to receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not received: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received: %1 new, %2 updated, %3 unchanged, %4 kept as they were here; %n conflict(s).</source>
        <translation>
            <numerusform>Received: %1 new, %2 updated, %3 unchanged, %4 kept as they were here; %n conflict.</numerusform>
            <numerusform>Received: %1 new, %2 updated, %3 unchanged, %4 kept as they were here; %n conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::RecoveryDialog</name>
    <message>
        <source>Forgotten password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code was shown once when the database %1 was created, to be printed and kept locked away (often by the administratör or IT). It opens the database without a password: enter it with your user name and choose a new password. The code you use stops working; you will get a new one to keep instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set and you are signed in. The recovery code you used no longer works. This is the new recovery code; it is shown only now. Write it down and keep it locked away where the old one was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written down the new recovery code and will keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets a new password; the old one stops working at once. Give the new password to %1 in person, never by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::RoleChecks</name>
    <message>
        <source>Registers and reads only their own cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees aggregated statistics only, never individual cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, settings, moving cases, catalogue and gallring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::SendPackageDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa exchange packages (*.foljapaket);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an exchange package of your own ärenden, with their persons, insatser, uppföljningar and comments, for the SU-team&apos;s database. The package is one encrypted file: without the transfer passphrase nothing in it can be read. Agree on the passphrase with the receiver in person or by phone, never in the same e-mail as the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ärenden changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ärende(n) with %1 insatser saved in %2 (%3). Give the file and, separately, the passphrase to the SU-team.</source>
        <translation>
            <numerusform>%n ärende with %1 insatser saved in %2 (%3). Give the file and, separately, the passphrase to the SU-team.</numerusform>
            <numerusform>%n ärenden with %1 insatser saved in %2 (%3). Give the file and, separately, the passphrase to the SU-team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::SettingsWidget</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa locks itself after this many minutes without use; only the password opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small cells in statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest published cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables hide counts from 1 up to this value minus one, so that no person can be recognised (3–10; 5 is the usual choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest &amp;cell (k):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years before gallring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases are removed for good this many years after they were closed. Open cases are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Följa now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Följa now locks after %n minute without use.</numerusform>
            <numerusform>Följa now locks after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published tables now hide counts below %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are now removed %n year(s) after closing.</source>
        <translation>
            <numerusform>Closed cases are now removed %n year after closing.</numerusform>
            <numerusform>Closed cases are now removed %n years after closing.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was closed before %1: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were closed before %1 and are due for gallring.</source>
        <translation>
            <numerusform>%n case were closed before %1 and are due for gallring.</numerusform>
            <numerusform>%n cases were closed before %1 and are due for gallring.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run gallring now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) with their interventions and follow-ups are removed for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n closed case with their interventions and follow-ups are removed for good. This cannot be undone.</numerusform>
            <numerusform>%n closed cases with their interventions and follow-ups are removed for good. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gallring done: %n case(s) removed.</source>
        <translation>
            <numerusform>Gallring done: %n case removed.</numerusform>
            <numerusform>Gallring done: %n cases removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;gallring now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection method of published tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell Key Method: small random changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression: small values hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cell Key Method changes every published count, totals included, by at most ±2 at random, the same way wherever the same records are counted, so that comparing two tables reveals nothing about a single person; small counts are shown as &quot;..&quot;. Suppression hides small counts and the counts they could be derived from instead, but cannot stop tables for different periods from being compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protection method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables are now protected with the Cell Key Method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published tables are now protected by suppression.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::SignInWidget</name>
    <message>
        <source>Följa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systematic follow-up in social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Följa database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa databases (*.folja);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password and opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::TrendsView</name>
    <message>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualiseringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut on insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing insatser (end of period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends need a period with a start and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per period with the selection&apos;s filters; the table&apos;s dimensions and unit do not apply here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::ValueVisibilityModel</name>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local deepening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::VariableChoices</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, parent level (KSI)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::VariableVisibilityModel</name>
    <message>
        <source>Yes (SKR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::charts</name>
    <message>
        <source>Grouped bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked bars, 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the row (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of ärenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of uppföljningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all values together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (fewer than %1, or hidden so that they cannot be derived; &quot;..&quot; in the table): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares of the row&apos;s records with a valid answer; hidden values are left out, so a bar can end below 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgift saknas (grey, hatched): %1 is missing for %2 records (internal bortfall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: %1 is missing for %2 records (internal bortfall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktualiseringar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslut om insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutade insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pågående insatser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (fewer than %1; a gap in the line): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartiles and median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box spans the middle half of the records (lower to upper quartile); the thick line is the median, the diamond the mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (fewer than %1 records, or hidden so that they cannot be derived): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bortfall (a date missing or out of order): %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be 50 to 1200 dpi, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chart can be saved as .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>No chart: every published value is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart: every share of a row is hidden (&quot;..&quot; in the table), so there is nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart: every value is hidden (&quot;..&quot; in the table), so there is nothing to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (a changed value below %1; &quot;..&quot; in the table): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values of the %1 scale together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown per scale (BBIC, IBIC); the two scales are never added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 scale) is missing for %3 records (internal bortfall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this build cannot write .svg charts; save the chart as .png or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::form::ChoiceCombo</name>
    <message>
        <source>%1 (unknown value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not valid for this target group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::form::FieldRow</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short clarification, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write personal details in comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::form::InsatsEditor</name>
    <message>
        <source>Remove insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove insats %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up to insats %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insats %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insats %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::form::InsatsPicker</name>
    <message>
        <source>Search by KSI code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search insats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insats chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (unknown code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (%2), not valid for this target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::form::IssuesPanel</name>
    <message>
        <source>Still to fill in and to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct before saving (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to fill in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing and nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::form::PersonSection</name>
    <message numerus="yes">
        <source>%n year(s) at the actualisation date</source>
        <translation>
            <numerusform>%n year at the actualisation date</numerusform>
            <numerusform>%n years at the actualisation date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) today</source>
        <translation>
            <numerusform>%n year today</numerusform>
            <numerusform>%n years today</numerusform>
        </translation>
    </message>
    <message>
        <source>Person-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full Person-ID. This is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full Person-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Person-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the Person-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid personnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid samordningsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid reservnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden reserve number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden Person-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Person-ID does not give the legal sex: enter it. It is stored as entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years at the actualisation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Person-ID does not give the birth date: enter the age at the actualisation date. It is stored as entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::form::StepList</name>
    <message>
        <source>Process steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in or check</source>
        <translation>
            <numerusform>%n to fill in or check</numerusform>
            <numerusform>%n to fill in or check</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::form::UppfoljningEditor</name>
    <message>
        <source>Follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove follow-up %1 of insats %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s own answers (B1a–B5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>folja::ui::report</name>
    <message>
        <source>(uppgift saknas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables and charts are published with disclosure control (publication mode): counts below the minimum cell size are shown as &quot;..&quot; and are never drawn in the charts, and further counts are hidden where they would let a hidden count be derived. Missing answers (bortfall) are shown as &quot;(uppgift saknas)&quot; in the tables and as grey hatched bars in the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced with Följa from the registered follow-up data. Each analysis ends with a method note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bortfall (uppgift saknas): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (not in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables and charts are published with the Cell Key Method (publication mode): every count is changed at random by at most ±%1, the same way wherever the same records are counted, so totals can differ from the sum of their parts; a changed value below %2 is shown as &quot;..&quot; and is never drawn in the charts. Missing answers (bortfall) are shown as &quot;(uppgift saknas)&quot; in the tables and as grey hatched bars in the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values of the %1 scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Följa – systematic follow-up in social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a demo database, created on first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preselect a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before the picture (ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user with the password in FOLJA_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Följa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database with synthetic data only. Users: demo1, demo2, … (handläggare), analys (analytiker), admin (administratör). Password for all: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing in, open the case with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sign-in screen, then quit (installation check).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
