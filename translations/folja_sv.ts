<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;folja-cli --help&quot; for usage.</source>
        <translation>Kör &quot;folja-cli --help&quot; för att se hur kommandot används.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line; use the environment variable FOLJA_PASSWORD or --password-file FILE.</source>
        <translation>Lösenord tas aldrig från kommandoraden; använd miljövariabeln FOLJA_PASSWORD eller --password-file FIL.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Okänd flagga &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Flaggan %1 kräver ett värde.</translation>
    </message>
    <message>
        <source>The option %1 is required.</source>
        <translation>Flaggan %1 måste anges.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Kan inte läsa lösenordsfilen %1.</translation>
    </message>
    <message>
        <source>No password: set FOLJA_PASSWORD or give --password-file FILE.</source>
        <translation>Inget lösenord: sätt FOLJA_PASSWORD eller ange --password-file FIL.</translation>
    </message>
    <message>
        <source>warning: FOLJA_KDF_ITERATIONS=%1 is below the production strength (%2); use this only for tests.</source>
        <translation>varning: FOLJA_KDF_ITERATIONS=%1 är lägre än produktionsstyrkan (%2); använd detta bara vid test.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation>Användarnamnet &quot;%1&quot; är ogiltigt: använd bokstäverna a–z, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos; (2–64 tecken).</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>Created the encrypted database %1 with %2 as administratör.</source>
        <translation>Skapade den krypterade databasen %1 med %2 som administratör.</translation>
    </message>
    <message>
        <source>RECOVERY CODE (shown only this once). It opens the database without any password:
write it down and keep it locked away, separate from the computer.</source>
        <translation>ÅTERSTÄLLNINGSKOD (visas bara den här gången). Den öppnar databasen utan lösenord:
skriv ner den och förvara den inlåst, åtskild från datorn.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use handlaggare, analytiker or administrator.</source>
        <translation>Okänd roll &quot;%1&quot;; använd handlaggare, analytiker eller administrator.</translation>
    </message>
    <message>
        <source>The new account&apos;s password must be given in FOLJA_NEW_PASSWORD.</source>
        <translation>Det nya kontots lösenord måste anges i FOLJA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot add the account %1: %2</source>
        <translation>Kan inte lägga till kontot %1: %2</translation>
    </message>
    <message>
        <source>Added the account %1 (%2).</source>
        <translation>Lade till kontot %1 (%2).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Kan inte importera %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1; nothing was imported and nothing was changed.</source>
        <translation>
            <numerusform>%n fel i %1; ingenting importerades och ingenting har ändrats.</numerusform>
            <numerusform>%n fel i %1; ingenting importerades och ingenting har ändrats.</numerusform>
        </translation>
    </message>
    <message>
        <source>extract supports only --format json.</source>
        <translation>extract stöder bara --format json.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Inget kommando angavs.</translation>
    </message>
    <message>
        <source>Unknown user command; use &quot;user add&quot;.</source>
        <translation>Okänt user-kommando; använd &quot;user add&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: folja-cli COMMAND [OPTIONS]</source>
        <translation>Användning: folja-cli KOMMANDO [FLAGGOR]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>  init --db P --user NAME
      Create a new encrypted database with NAME as its first administratör.
      Prints a recovery code once: store it safely.
</source>
        <translation>  init --db P --user NAMN
      Skapa en ny krypterad databas med NAMN som första administratör.
      Skriver ut en återställningskod en enda gång: förvara den säkert.
</translation>
    </message>
    <message>
        <source>  user add --db P --user ADMIN --name NAME --role ROLE [--role ROLE ...]
      Add an account. ROLE: handlaggare, analytiker, administrator (or several,
      comma-separated). The new password comes from FOLJA_NEW_PASSWORD.
</source>
        <translation>  user add --db P --user ADMIN --name NAMN --role ROLL [--role ROLL ...]
      Lägg till ett konto. ROLL: handlaggare, analytiker, administrator (eller
      flera, kommaseparerade). Det nya lösenordet hämtas från FOLJA_NEW_PASSWORD.
</translation>
    </message>
    <message>
        <source>  demo --db P --user ADMIN --persons N [--seed S]
      Fill the database with N synthetic persons and their ärenden, insatser and
      uppföljningar (the same data for the same seed; default seed 1), spread over
      handläggare accounts demo1, demo2, ... whose password is FOLJA_PASSWORD.
      Administratör only. Prints a JSON summary.
</source>
        <translation>  demo --db P --user ADMIN --persons N [--seed S]
      Fyll databasen med N syntetiska personer och deras ärenden, insatser och
      uppföljningar (samma data för samma slumpfrö; standard är 1), fördelade på
      handläggarkontona demo1, demo2, ... vars lösenord är FOLJA_PASSWORD.
      Endast för administratör. Skriver ut en sammanfattning i JSON.
</translation>
    </message>
    <message>
        <source>  import --db P --user NAME --csv FILE [--dry-run]
      Import ärenden from the canonical CSV; all or nothing. Prints a JSON summary.
</source>
        <translation>  import --db P --user NAMN --csv FIL [--dry-run]
      Importera ärenden från kanonisk CSV; allt eller inget. Skriver ut en
      sammanfattning i JSON.
</translation>
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
        <translation>  crosstab --db P --user NAMN --rows VAR [--cols VAR] [--layers VAR] --format json|csv
           [--unit insats|arende|person|uppfoljning] [--from DATUM] [--to DATUM]
           [--malgrupp KOD[,KOD]] [--min-cell K] [--period-meaning events|active|status]
           [--status-date DATUM] [--age-bands SPEC] [--filter VAR=KOD[,KOD]]
      En korstabell med bortfall och röjandekontroll, för publicering.
      VAR: kon, alder_grupp, ursprung, malgrupp, enhet, aktualiseringstyp,
      aktualiseringsorsak, tidigare_kontakt, hushallstyp, problematik, insats
      (insats:parent), avslutsorsak, sip, maluppfyllelse, samverkan,
      parallella_insatser, genomforande, b1a, b1b, b2, b3, b4, b5 och datumen
      aktualisering_datum, beslut_datum, verkstallande_datum, avslut_datum,
      uppfoljning_datum (per år; lägg till :quarter eller :month).
      --unit: vad en räknad post är (standard insats).
      --from/--to (ÅÅÅÅ-MM-DD): perioden. --period-meaning: events (standard;
      postens händelse inträffade under perioden), active (pågående någon gång
      under perioden) eller status (pågående på --to, eller --from).
      --status-date D är en förkortning av --period-meaning status --from D --to D.
      Åldern (alder_grupp) räknas vid --from, eller vid aktualiseringsdatumet när
      ingen period anges. --age-bands: t.ex. 0-17,18-64,65- (standard 0-13,14-21,
      22-64,65-79,80-).
      --malgrupp: BOU, VUX, ALDRE, FUNK eller EKB. --filter behåller poster som har
      någon av koderna (eller benämningarna); upprepa den för flera variabler.
      --min-cell: 3 till 10; utan den gäller databasens inställning. Antal under
      gränsen döljs (&quot;n&quot;: null i JSON, &quot;..&quot; i CSV), med sekundär undertryckning
      så att de inte kan räknas fram.
      En handläggares tabell räknar bara handläggarens egna ärenden.
</translation>
    </message>
    <message>
        <source>  extract --db P --user NAME --person PNR --format json
      Registerutdrag: everything stored about one person and its audit trail.
</source>
        <translation>  extract --db P --user NAMN --person PNR --format json
      Registerutdrag: allt som finns lagrat om en person, med tillhörande logg.
</translation>
    </message>
    <message>
        <source>The password comes from FOLJA_PASSWORD or --password-file FILE (first line),
never from the command line.
</source>
        <translation>Lösenordet hämtas från FOLJA_PASSWORD eller --password-file FIL (första raden),
aldrig från kommandoraden.
</translation>
    </message>
    <message>
        <source>Global options: --help, --version
Exit codes: 0 success, 1 bad input or refused (nothing changed), 2 usage error.
</source>
        <translation>Globala flaggor: --help, --version
Returkoder: 0 lyckat, 1 felaktig indata eller nekat (inget ändrat), 2 användningsfel.
</translation>
    </message>
    <message>
        <source>--persons needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--persons kräver ett heltal som är minst 1, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed kräver ett heltal som är 0 eller större, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot fill %1 with demo data: %2</source>
        <translation>Kan inte fylla %1 med demodata: %2</translation>
    </message>
    <message>
        <source>The option %1 may be given only once.</source>
        <translation>Flaggan %1 får bara anges en gång.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format måste vara json eller csv, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--unit must be insats, arende, person or uppfoljning, not &quot;%1&quot;.</source>
        <translation>--unit måste vara insats, arende, person eller uppfoljning, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--min-cell must be a whole number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--min-cell måste vara ett heltal från %1 till %2, inte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--period-meaning must be events, active or status, not &quot;%1&quot;.</source>
        <translation>--period-meaning måste vara events, active eller status, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--status-date cannot be combined with --from, --to or --period-meaning.</source>
        <translation>--status-date kan inte kombineras med --from, --to eller --period-meaning.</translation>
    </message>
    <message>
        <source>--layers needs --cols.</source>
        <translation>--layers kräver --cols.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>not a date; use YYYY-MM-DD.</source>
        <translation>inte ett datum; använd ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 ligger efter --to %2.</translation>
    </message>
    <message>
        <source>--period-meaning status needs the date in --to (or --from).</source>
        <translation>--period-meaning status kräver datumet i --to (eller --from).</translation>
    </message>
    <message>
        <source>not a målgrupp; use BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation>inte en målgrupp; använd BOU, VUX, ALDRE, FUNK eller EKB.</translation>
    </message>
    <message>
        <source>use VAR=CODE or VAR=CODE,CODE.</source>
        <translation>använd VAR=KOD eller VAR=KOD,KOD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a målgrupp.</source>
        <translation>&quot;%1&quot; är inte en målgrupp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2.</source>
        <translation>&quot;%1&quot; är inte ett värde i %2.</translation>
    </message>
    <message>
        <source>note: as a handläggare you see only your own ärenden; the table counts only those.</source>
        <translation>obs: som handläggare ser du bara dina egna ärenden; tabellen räknar bara dem.</translation>
    </message>
    <message>
        <source>Cannot fill %1 with demo data: it already holds demo ärenden. Demo data can be added only once; use a new database.</source>
        <translation>Kan inte fylla %1 med demodata: databasen innehåller redan demoärenden. Demodata kan bara läggas till en gång; använd en ny databas.</translation>
    </message>
    <message>
        <source>--out must end in .pdf (the report), .png or .svg (the chart), not &quot;%1&quot;.</source>
        <translation>--out måste sluta på .pdf (rapporten), .png eller .svg (diagrammet), inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --analysis NAME (a saved analysis) or --rows VAR (an ad-hoc table).</source>
        <translation>Ange antingen --analysis NAMN (en sparad analys) eller --rows VAR (en tillfällig tabell).</translation>
    </message>
    <message>
        <source>%1 belongs to an ad-hoc table (--rows); a saved analysis brings its own query.</source>
        <translation>%1 hör till en tillfällig tabell (--rows); en sparad analys har sin egen fråga.</translation>
    </message>
    <message>
        <source>A .png or .svg file holds one chart: give one --analysis, or write a .pdf report.</source>
        <translation>En .png- eller .svg-fil rymmer ett diagram: ange en --analysis, eller skriv en .pdf-rapport.</translation>
    </message>
    <message>
        <source>--dpi applies to .png only.</source>
        <translation>--dpi gäller bara .png.</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 50 to 1200, not &quot;%1&quot;.</source>
        <translation>--dpi måste vara ett heltal från 50 till 1200, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--chart must be grouped, stacked, stacked100 or horizontal, not &quot;%1&quot;.</source>
        <translation>--chart måste vara grouped, stacked, stacked100 eller horizontal, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>note: as a handläggare you see only your own ärenden; the report counts only those.</source>
        <translation>obs: som handläggare ser du bara dina egna ärenden; rapporten räknar bara dem.</translation>
    </message>
    <message>
        <source>This folja-cli was built without the report (FOLJA_BUILD_GUI=OFF).</source>
        <translation>Denna folja-cli är byggd utan rapporten (FOLJA_BUILD_GUI=OFF).</translation>
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
        <translation>  report --db P --user NAMN (--analysis SPARAD [--analysis SPARAD ...] | --rows VAR
         [--cols VAR] [--layers VAR] [övriga crosstab-flaggor]) --out FIL
         [--chart grouped|stacked|stacked100|horizontal] [--title T]
         [--organisation O] [--dpi N]
      Nämndrapporten (FIL.pdf: A4 med tabeller, diagram, fotnoter om bortfall och
      röjandeskydd samt en metodbeskrivning) eller ett diagram (FIL.png med --dpi,
      standard 200, eller FIL.svg), alltid i publiceringsläge. SPARAD är namnet på en
      av dina sparade analyser. Kräver ingen skärm.
</translation>
    </message>
    <message>
        <source>      crosstab and report: --min-cell may be stricter than the administratör&apos;s
      setting, never weaker (refused). --mode publicering|intern: intern analys
      stays on the analytiker&apos;s screen, so both commands refuse it.
</source>
        <translation>      crosstab och report: --min-cell får vara strängare än administratörens
      inställning, aldrig svagare (nekas). --mode publicering|intern: intern analys
      stannar på analytikerns skärm, så båda kommandona nekar den.
</translation>
    </message>
    <message>
        <source>--mode must be publicering or intern, not &quot;%1&quot;.</source>
        <translation>--mode måste vara publicering eller intern, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown microdata command; use &quot;microdata export&quot;.</source>
        <translation>Okänt microdata-kommando; använd &quot;microdata export&quot;.</translation>
    </message>
    <message>
        <source>--date-precision must be month or day, not &quot;%1&quot;.</source>
        <translation>--date-precision ska vara month eller day, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1 &quot;%2&quot; är inget datum (ÅÅÅÅ-MM-DD).</translation>
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
        <translation>  microdata export --db P --user ADMIN --recipient NAMN --out MAPP [--from DATUM]
         [--to DATUM] [--date-precision month|day]
      Pseudonymiserade mikrodata till en regional samarbetspart eller forskare (bara
      administratör, loggas): MAPP/insatser.csv (en rad per insats),
      MAPP/datapackage.json (Frictionless Data Package) och MAPP/README.txt.
      Personnummer ersätts av en pseudonym per mottagare, datum anges per månad om
      inte --date-precision day; kommentarer, handläggare och skyddade personer
      lämnas aldrig ut. --from/--to väljer ärenden efter aktualiseringsdatum. MAPP
      ska vara ny eller tom.
</translation>
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
        <translation>  leadtimes --db P --user NAMN --interval INTERVALL [--rows VAR] [--cols VAR]
            [--unit arende|insats] [crosstabs flaggor för period, filter och --min-cell]
            --format json|csv
      Ledtider i dagar (n, median, kvartiler, medelvärde) per grupp, publicerade som
      en korstabell: en grupp visas bara när dess n visas. INTERVALL: aktualisering-beslut,
      beslut-verkstallande eller verkstallande-avslut (de två sista per insats).
      Poster vars senare steg ligger i perioden räknas; ett datum som saknas eller
      är i fel ordning är bortfall, ett steg som inte nåtts än är ej tillämpligt.
</translation>
    </message>
    <message>
        <source>  trends --db P --user NAME --series SERIES [--series SERIES ...]
         --by month|quarter|year --from DATE --to DATE [--malgrupp CODE[,CODE]]
         [--filter VAR=CODE[,CODE]] [--age-bands SPEC] [--min-cell K] --format json|csv
      Counts per period. SERIES: aktualiseringar (ärenden), beslut, avslut (insatser)
      or pagaende (insatser in progress on each period&apos;s last day). A count below
      the smallest shown count is suppressed (null in JSON, &quot;..&quot; in CSV).
</source>
        <translation>  trends --db P --user NAMN --series SERIE [--series SERIE ...]
         --by month|quarter|year --from DATUM --to DATUM [--malgrupp KOD[,KOD]]
         [--filter VAR=KOD[,KOD]] [--age-bands SPEC] [--min-cell K] --format json|csv
      Antal per period. SERIE: aktualiseringar (ärenden), beslut, avslut (insatser)
      eller pagaende (insatser som pågår periodens sista dag). Ett antal under
      det minsta visade antalet döljs (null i JSON, &quot;..&quot; i CSV).
</translation>
    </message>
    <message>
        <source>--interval must be aktualisering-beslut, beslut-verkstallande or verkstallande-avslut, not &quot;%1&quot;.</source>
        <translation>--interval ska vara aktualisering-beslut, beslut-verkstallande eller verkstallande-avslut, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--unit must be arende or insats for lead times, not &quot;%1&quot;.</source>
        <translation>--unit ska vara arende eller insats för ledtider, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--cols needs --rows.</source>
        <translation>--cols kräver --rows.</translation>
    </message>
    <message>
        <source>--by must be month, quarter or year, not &quot;%1&quot;.</source>
        <translation>--by ska vara month, quarter eller year, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--series must be aktualiseringar, beslut, avslut or pagaende, not &quot;%1&quot;.</source>
        <translation>--series ska vara aktualiseringar, beslut, avslut eller pagaende, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The series &quot;%1&quot; is given twice.</source>
        <translation>Serien &quot;%1&quot; är angiven två gånger.</translation>
    </message>
    <message>
        <source>  import --db P --user NAME --csv FILE --mapping NAME [--sheet SHEET] [--dry-run]
      Import another system&apos;s extract (CSV/TXT or .xlsx) through an import mapping
      saved in the import wizard; the same rules, all or nothing.
</source>
        <translation>  import --db P --user NAMN --csv FIL --mapping NAMN [--sheet BLAD] [--dry-run]
      Importera ett uttag från ett annat system (CSV/TXT eller .xlsx) genom en
      importmappning som sparats i importguiden; samma regler, allt eller inget.
</translation>
    </message>
    <message>
        <source>--sheet needs --mapping: the canonical import reads CSV only.</source>
        <translation>--sheet kräver --mapping: den kanoniska importen läser bara CSV.</translation>
    </message>
    <message>
        <source>%1 error(s), column %2, rows %3: %4</source>
        <translation>%1 fel, kolumn %2, rader %3: %4</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Värden: %1</translation>
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
        <translation>  exchange export --db P --user NAMN --out FIL [--since DATUM]
      Ett utbytespaket med dina egna ärenden (alla, eller de som ändrats från och
      med DATUM), krypterat med överföringslösenfrasen i FOLJA_TRANSFER_PASSPHRASE
      (minst 12 tecken). Endast handläggare. Skriver en sammanfattning i JSON.
  exchange import --db P --user NAMN --in FIL [--owner HANDLÄGGARE]
      För in ett paket i databasen (administratör; en handläggare får ta emot ett
      paket med sina egna ärenden). Ärenden matchas på sitt stabila id och behåller
      sin handläggare (--owner: ge dem till en annan, endast administratör); där
      båda sidor ändrat ett ärende vinner den senaste ändringen. Skriver
      konfliktrapporten som JSON. Ett skadat, ändrat paket eller fel lösenfras
      ändrar ingenting.
</translation>
    </message>
    <message>
        <source>Unknown exchange command; use &quot;exchange export&quot; or &quot;exchange import&quot;.</source>
        <translation>Okänt exchange-kommando; använd &quot;exchange export&quot; eller &quot;exchange import&quot;.</translation>
    </message>
    <message>
        <source>--since &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--since &quot;%1&quot; är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>No transfer passphrase: set FOLJA_TRANSFER_PASSPHRASE (agreed with the other side; never given on the command line).</source>
        <translation>Ingen överföringslösenfras: sätt FOLJA_TRANSFER_PASSPHRASE (överenskommen med mottagaren; anges aldrig på kommandoraden).</translation>
    </message>
    <message>
        <source>      --format xlsx --out FILE: the table as an Excel workbook (counts as numbers,
      percentages with a percent format, &quot;..&quot; for suppressed, a sheet per layer,
      footnotes and method note under the table), written only when complete.
</source>
        <translation>      --format xlsx --out FIL: tabellen som Excel-arbetsbok (antal som tal, procent
      med procentformat, &quot;..&quot; för dolda värden, ett blad per lager, fotnoter och
      metodbeskrivning under tabellen), skrivs först när den är komplett.
</translation>
    </message>
    <message>
        <source>--format must be json, csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format ska vara json, csv eller xlsx, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format xlsx needs --out FILE.</source>
        <translation>--format xlsx kräver --out FIL.</translation>
    </message>
    <message>
        <source>--out is for --format xlsx; json and csv are printed.</source>
        <translation>--out gäller --format xlsx; json och csv skrivs ut.</translation>
    </message>
    <message>
        <source>no fonts found to draw the report with. Set QT_QPA_FONTDIR to a folder of .ttf fonts.</source>
        <translation>hittade inga typsnitt att rita rapporten med. Ange en mapp med .ttf-typsnitt i QT_QPA_FONTDIR.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorera ändringar</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Spara inte</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>folja::access::Accounts</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Lösenordet måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <source>Account names may only use letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation>Kontonamn får bara innehålla bokstäverna a–z, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos; (2–64 tecken).</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>Ett konto måste ha minst en roll.</translation>
    </message>
    <message>
        <source>An account named %1 already exists.</source>
        <translation>Det finns redan ett konto med namnet %1.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Det finns inget konto med namnet %1.</translation>
    </message>
    <message>
        <source>The last administratör cannot lose that role.</source>
        <translation>Den sista administratören kan inte förlora den rollen.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan inte inaktivera ditt eget konto.</translation>
    </message>
    <message>
        <source>The last administratör cannot be deactivated.</source>
        <translation>Den sista administratören kan inte inaktiveras.</translation>
    </message>
    <message>
        <source>There is no active account named %1.</source>
        <translation>Det finns inget aktivt konto med namnet %1.</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>Granskningsloggen kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>folja::access::AnalysisGate</name>
    <message>
        <source>The smallest shown count must be a whole number from %1 to %2, not %3.</source>
        <translation>Det minsta antal som visas måste vara ett heltal från %1 till %2, inte %3.</translation>
    </message>
    <message>
        <source>The smallest shown count %1 is below the administratör&apos;s %2 for this database; ask for %2 or more.</source>
        <translation>Det minsta antal som visas, %1, är lägre än administratörens %2 för den här databasen; begär %2 eller mer.</translation>
    </message>
    <message>
        <source>Internal analysis is only for the analytiker role.</source>
        <translation>Intern analys är bara för rollen analytiker.</translation>
    </message>
    <message>
        <source>Internal analysis must be switched on first (the switch is logged).</source>
        <translation>Intern analys måste först slås på (det loggas).</translation>
    </message>
    <message>
        <source>Internal analysis is for the screen only; it cannot be exported or published.</source>
        <translation>Intern analys är bara för skärmen; den kan inte exporteras eller publiceras.</translation>
    </message>
    <message>
        <source>A report needs at least one table.</source>
        <translation>En rapport behöver minst en tabell.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An internal analysis is not for publication: it stays on screen and cannot be exported, printed or put in a report.</source>
        <translation>En intern analys är inte för publicering: den stannar på skärmen och kan inte exporteras, skrivas ut eller tas med i en rapport.</translation>
    </message>
    <message>
        <source>This result was computed with a smallest shown count of %1, below the administratör&apos;s %2; compute it again.</source>
        <translation>Resultatet togs fram med %1 som minsta antal som visas, lägre än administratörens %2; ta fram det igen.</translation>
    </message>
    <message>
        <source>The tables of a report must share one smallest shown count.</source>
        <translation>Tabellerna i en rapport måste ha samma minsta antal som visas.</translation>
    </message>
</context>
<context>
    <name>folja::access::AnalysisReader</name>
    <message>
        <source>Analysis requires the handläggare, analytiker or administratör role.</source>
        <translation>Analys kräver rollen handläggare, analytiker eller administratör.</translation>
    </message>
</context>
<context>
    <name>folja::access::AnalysisScopes</name>
    <message>
        <source>There is no active account &quot;%1&quot;.</source>
        <translation>Det finns inget aktivt konto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The stored analysis scope of &quot;%1&quot; cannot be read; an administratör must set it again.</source>
        <translation>Det sparade analysomfånget för &quot;%1&quot; går inte att läsa; en administratör måste ange det igen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a målgrupp code (BOU, VUX, ALDRE, FUNK or EKB).</source>
        <translation>&quot;%1&quot; är ingen målgruppskod (BOU, VUX, ALDRE, FUNK eller EKB).</translation>
    </message>
    <message>
        <source>An enhet name must have 1 to %1 characters.</source>
        <translation>Ett enhetsnamn måste ha 1 till %1 tecken.</translation>
    </message>
</context>
<context>
    <name>folja::access::ArendeService</name>
    <message>
        <source>No such ärende, or it is not yours.</source>
        <translation>Ärendet finns inte, eller så är det inte ditt.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Det finns inget konto med namnet %1.</translation>
    </message>
    <message>
        <source>%1 is not an active account with the handläggare role.</source>
        <translation>%1 är inte ett aktivt konto med rollen handläggare.</translation>
    </message>
    <message>
        <source>Your role gives access to aggregated statistics only, not to individual ärenden.</source>
        <translation>Din roll ger bara tillgång till sammanställd statistik, inte till enskilda ärenden.</translation>
    </message>
    <message>
        <source>You can only save ärenden of your own; moving ärenden is for an administratör.</source>
        <translation>Du kan bara spara dina egna ärenden; att flytta ärenden är en uppgift för en administratör.</translation>
    </message>
    <message>
        <source>There is no ärende with id %1; nothing was moved.</source>
        <translation>Det finns inget ärende med id %1; ingenting har flyttats.</translation>
    </message>
    <message>
        <source>Nothing is stored about this person.</source>
        <translation>Ingenting finns lagrat om den här personen.</translation>
    </message>
    <message>
        <source>You may only import your own ärenden.</source>
        <translation>Du får bara importera dina egna ärenden.</translation>
    </message>
</context>
<context>
    <name>folja::access::CatalogSettings</name>
    <message>
        <source>The catalogue has no variable %1.</source>
        <translation>Katalogen har ingen variabel %1.</translation>
    </message>
    <message>
        <source>The variable %1 has no value %2.</source>
        <translation>Variabeln %1 har inget värde %2.</translation>
    </message>
    <message>
        <source>The local value %1 is used in registered ärenden and cannot be removed. Hide it instead.</source>
        <translation>Det lokala värdet %1 används i registrerade ärenden och kan inte tas bort. Dölj det i stället.</translation>
    </message>
    <message>
        <source>The kommun&apos;s catalogue customisation could not be used, so the national catalogue is used as it is: %1</source>
        <translation>Kommunens anpassning av variabelkatalogen kunde inte användas, så den nationella katalogen används som den är: %1</translation>
    </message>
</context>
<context>
    <name>folja::access::Drafts</name>
    <message>
        <source>Your role gives access to aggregated statistics only, not to individual ärenden.</source>
        <translation>Din roll ger bara tillgång till sammanställd statistik, inte till enskilda ärenden.</translation>
    </message>
    <message>
        <source>Not a draft key of a case.</source>
        <translation>Inte en utkastnyckel för ett ärende.</translation>
    </message>
    <message>
        <source>The draft is too large to keep.</source>
        <translation>Utkastet är för stort för att bevaras.</translation>
    </message>
</context>
<context>
    <name>folja::access::ExchangePackage</name>
    <message>
        <source>The exchange package&apos;s content is invalid (%1).</source>
        <translation>Utbytespaketets innehåll är ogiltigt (%1).</translation>
    </message>
    <message>
        <source>line %1 does not end</source>
        <translation>rad %1 tar inte slut</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>rad %1 är inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>not an exchange payload</source>
        <translation>inte ett utbytespakets innehåll</translation>
    </message>
    <message>
        <source>The exchange package was made by a newer version of Följa (payload version %1); update Följa to import it.</source>
        <translation>Utbytespaketet är gjort med en nyare version av Följa (innehållsversion %1); uppdatera Följa för att läsa in det.</translation>
    </message>
    <message>
        <source>line %1, stable_id appears twice</source>
        <translation>rad %1, stable_id förekommer två gånger</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source>%1 ärenden announced, %2 found</source>
        <translation>%1 ärenden angivna, %2 hittade</translation>
    </message>
    <message>
        <source>The transfer passphrase is empty.</source>
        <translation>Överföringslösenfrasen är tom.</translation>
    </message>
    <message>
        <source>The file is not a Följa exchange package.</source>
        <translation>Filen är inte ett utbytespaket från Följa.</translation>
    </message>
    <message>
        <source>The exchange package is incomplete (the file is truncated).</source>
        <translation>Utbytespaketet är ofullständigt (filen är avkortad).</translation>
    </message>
    <message>
        <source>The exchange package was made by a newer version of Följa (format %1); update Följa to import it.</source>
        <translation>Utbytespaketet är gjort med en nyare version av Följa (format %1); uppdatera Följa för att läsa in det.</translation>
    </message>
    <message>
        <source>The exchange package has an unknown format version (%1).</source>
        <translation>Utbytespaketet har en okänd formatversion (%1).</translation>
    </message>
    <message>
        <source>The exchange package&apos;s header is damaged or has been altered.</source>
        <translation>Utbytespaketets huvud är skadat eller har ändrats.</translation>
    </message>
    <message>
        <source>The exchange package has unexpected bytes after its end; it has been altered.</source>
        <translation>Utbytespaketet har oväntade byte efter sitt slut; det har ändrats.</translation>
    </message>
    <message>
        <source>The exchange package cannot be opened: the transfer passphrase is wrong, or the package is damaged or has been altered.</source>
        <translation>Utbytespaketet kan inte öppnas: överföringslösenfrasen är fel, eller så är paketet skadat eller har ändrats.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>för kort</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>för stort</translation>
    </message>
    <message>
        <source>cannot be decompressed</source>
        <translation>kan inte packas upp</translation>
    </message>
</context>
<context>
    <name>folja::access::ExchangeService</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Avbrutet. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Sending ärenden in an exchange package requires the handläggare role: a package holds only your own ärenden.</source>
        <translation>Att skicka ärenden i ett utbytespaket kräver rollen handläggare: ett paket innehåller bara dina egna ärenden.</translation>
    </message>
    <message>
        <source>The transfer passphrase must be at least %1 characters long.</source>
        <translation>Överföringslösenfrasen måste vara minst %1 tecken lång.</translation>
    </message>
    <message>
        <source>No file was given for the exchange package.</source>
        <translation>Ingen fil angavs för utbytespaketet.</translation>
    </message>
    <message>
        <source>Cannot write the exchange package %1.</source>
        <translation>Kan inte skriva utbytespaketet %1.</translation>
    </message>
    <message>
        <source>Receiving an exchange package requires the administratör role.</source>
        <translation>Att ta emot ett utbytespaket kräver rollen administratör.</translation>
    </message>
    <message>
        <source>Only an administratör may give a package&apos;s ärenden to another handläggare.</source>
        <translation>Bara en administratör får ge ett pakets ärenden till en annan handläggare.</translation>
    </message>
    <message>
        <source>Cannot read the exchange package %1.</source>
        <translation>Kan inte läsa utbytespaketet %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be an exchange package.</source>
        <translation>%1 är för stor för att vara ett utbytespaket.</translation>
    </message>
    <message>
        <source>You may only receive a package of your own ärenden.</source>
        <translation>Du får bara ta emot ett paket med dina egna ärenden.</translation>
    </message>
    <message>
        <source>%1 is not an active account with the handläggare role.</source>
        <translation>%1 är inte ett aktivt konto med rollen handläggare.</translation>
    </message>
    <message>
        <source>%1: the package&apos;s handläggare %2 has no active handläggare account in this database. Create the account, or let an administratör give the ärenden to an existing handläggare.</source>
        <translation>%1: paketets handläggare %2 har inget aktivt handläggarkonto i den här databasen. Skapa kontot, eller låt en administratör ge ärendena till en befintlig handläggare.</translation>
    </message>
    <message>
        <source>%1: ärende %2 of the package (arende_id %3), variable %4: %5</source>
        <translation>%1: paketets ärende %2 (arende_id %3), variabel %4: %5</translation>
    </message>
    <message>
        <source>%1: the ärende with arende_id %2 is already exchanged under another id in this database.</source>
        <translation>%1: ärendet med arende_id %2 utväxlas redan under ett annat id i den här databasen.</translation>
    </message>
    <message>
        <source>two ärenden of the package are the same here.</source>
        <translation>två av paketets ärenden är samma ärende här.</translation>
    </message>
    <message>
        <source>%1: arende_id %2 of the package belongs to another ärende in this database.</source>
        <translation>%1: paketets arende_id %2 tillhör ett annat ärende i den här databasen.</translation>
    </message>
</context>
<context>
    <name>folja::access::ImportMappings</name>
    <message>
        <source>The import mapping needs a name.</source>
        <translation>Importmappningen behöver ett namn.</translation>
    </message>
    <message>
        <source>The name of the import mapping is too long (%1 characters; at most %2).</source>
        <translation>Importmappningens namn är för långt (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <source>The name of the import mapping must be on one line.</source>
        <translation>Importmappningens namn ska stå på en rad.</translation>
    </message>
    <message>
        <source>Importing with an import mapping is for administratörer and for handläggare an administratör has allowed.</source>
        <translation>Import med en importmappning får göras av administratörer och av handläggare som en administratör har gett tillstånd.</translation>
    </message>
    <message>
        <source>There is no import mapping named &quot;%1&quot;; none is saved yet.</source>
        <translation>Det finns ingen importmappning som heter &quot;%1&quot;; ingen är sparad än.</translation>
    </message>
    <message>
        <source>There is no import mapping named &quot;%1&quot;; saved mappings: %2.</source>
        <translation>Det finns ingen importmappning som heter &quot;%1&quot;; sparade mappningar: %2.</translation>
    </message>
    <message>
        <source>The import mapping is not valid and was not saved.</source>
        <translation>Importmappningen är inte giltig och sparades inte.</translation>
    </message>
    <message>
        <source>There is no import mapping number %1.</source>
        <translation>Det finns ingen importmappning nummer %1.</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Det finns inget konto som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a handläggare can be allowed to import; &quot;%1&quot; does not hold that role.</source>
        <translation>Bara en handläggare kan få tillstånd att importera; &quot;%1&quot; har inte den rollen.</translation>
    </message>
</context>
<context>
    <name>folja::access::MicrodataExport</name>
    <message>
        <source>The recipient name must be 1–64 letters, digits, spaces, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Mottagarens namn ska vara 1–64 bokstäver, siffror, mellanslag, &apos;.&apos;, &apos;-&apos; eller &apos;_&apos; och börja med en bokstav eller siffra.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Perioden börjar (%1) efter att den slutar (%2).</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>Ingen mapp att skriva till angavs.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder: choose a new folder.</source>
        <translation>%1 finns redan och är inte en tom mapp: välj en ny mapp.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>The stored secret of recipient %1 is damaged.</source>
        <translation>Den sparade nyckeln för mottagaren %1 är skadad.</translation>
    </message>
    <message>
        <source>An ärende refers to a person that is not stored.</source>
        <translation>Ett ärende hänvisar till en person som inte finns sparad.</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>Kunde inte skapa en mapp i %1.</translation>
    </message>
    <message>
        <source>Could not write the files in %1 (is the disk full?).</source>
        <translation>Kunde inte skriva filerna i %1 (är disken full?).</translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>Kunde inte ersätta den tomma mappen %1.</translation>
    </message>
    <message>
        <source>Could not move the files into %1.</source>
        <translation>Kunde inte flytta filerna till %1.</translation>
    </message>
    <message>
        <source>Could not write the folder %1 to disk.</source>
        <translation>Kunde inte skriva mappen %1 till disken.</translation>
    </message>
</context>
<context>
    <name>folja::access::Organisation</name>
    <message>
        <source>Unknown target group code: %1</source>
        <translation>Okänd målgruppskod: %1</translation>
    </message>
    <message>
        <source>The unit name &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>Enhetsnamnet ”%1…” är längre än %2 tecken.</translation>
    </message>
    <message>
        <source>The unit name &quot;%1&quot; contains a control character.</source>
        <translation>Enhetsnamnet ”%1” innehåller ett styrtecken.</translation>
    </message>
    <message>
        <source>At most %1 units can be listed.</source>
        <translation>Högst %1 enheter kan anges.</translation>
    </message>
    <message>
        <source>A display name can have at most 100 characters.</source>
        <translation>Ett visningsnamn får ha högst 100 tecken.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Det finns inget konto som heter %1.</translation>
    </message>
</context>
<context>
    <name>folja::access::SavedAnalyses</name>
    <message>
        <source>The saved analysis %1 cannot be read: %2</source>
        <translation>Den sparade analysen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The analysis needs a name.</source>
        <translation>Analysen behöver ett namn.</translation>
    </message>
    <message>
        <source>The name of the analysis is too long (%1 characters; at most %2).</source>
        <translation>Analysens namn är för långt (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <source>The name of the analysis must be on one line.</source>
        <translation>Analysens namn måste stå på en rad.</translation>
    </message>
    <message>
        <source>There is no saved analysis number %1 of yours.</source>
        <translation>Du har ingen sparad analys med nummer %1.</translation>
    </message>
    <message>
        <source>You have no saved analysis named &quot;%1&quot;.</source>
        <translation>Du har ingen sparad analys som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You already have an analysis named &quot;%1&quot;; choose another name.</source>
        <translation>Du har redan en analys som heter &quot;%1&quot;; välj ett annat namn.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>Perioden börjar (%1) efter att den slutar (%2).</translation>
    </message>
    <message>
        <source>The analysis &quot;%1&quot; has no closed period to move forward; set the new period instead.</source>
        <translation>Analysen &quot;%1&quot; har ingen avgränsad period att flytta fram; ange den nya perioden i stället.</translation>
    </message>
</context>
<context>
    <name>folja::access::Session</name>
    <message>
        <source>There is no account with this name.</source>
        <translation>Det finns inget konto med det här namnet.</translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation>Kontot har inaktiverats.</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>Granskningsloggen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>The session is locked; sign in again to continue.</source>
        <translation>Sessionen är låst; logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <source>handläggare</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <source>analytiker</source>
        <translation>analytiker</translation>
    </message>
    <message>
        <source>administratör</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>This requires the %1 role.</source>
        <translation>Detta kräver rollen %1.</translation>
    </message>
    <message>
        <source>Enter the user name whose password is to be replaced.</source>
        <translation>Ange användarnamnet vars lösenord ska bytas.</translation>
    </message>
</context>
<context>
    <name>folja::access::Settings</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 måste vara mellan %2 och %3.</translation>
    </message>
    <message>
        <source>Age band preset %1 (&quot;%2&quot;): %3</source>
        <translation>Förinställda åldersgrupper %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>Age band preset %1 is empty.</source>
        <translation>Förinställda åldersgrupper %1 är tom.</translation>
    </message>
</context>
<context>
    <name>folja::analysis</name>
    <message>
        <source>Not for publication</source>
        <translation>Ej för publicering</translation>
    </message>
    <message>
        <source>Internal analysis: small counts are shown. Not for publication.</source>
        <translation>Intern analys: små antal visas. Ej för publicering.</translation>
    </message>
    <message>
        <source>Lead times are grouped by at most two dimensions.</source>
        <translation>Ledtider grupperas efter högst två dimensioner.</translation>
    </message>
    <message>
        <source>This lead time is counted per insats.</source>
        <translation>Den här ledtiden räknas per insats.</translation>
    </message>
    <message>
        <source>Lead times are counted per ärende or per insats.</source>
        <translation>Ledtider räknas per ärende eller per insats.</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 records are not shown for confidentiality reasons; some further groups have been hidden so that they cannot be derived.</source>
        <translation>Grupper med färre än %1 poster visas inte av sekretesskäl; ytterligare några grupper har dolts så att de inte går att räkna fram.</translation>
    </message>
    <message>
        <source>Days between the two dates: median and quartiles (linear interpolation) and mean. Records with a date missing or out of order are bortfall; records that have not reached the later step yet are reported separately.</source>
        <translation>Dagar mellan de två datumen: median och kvartiler (linjär interpolation) samt medelvärde. Poster där ett datum saknas eller datumen står i fel ordning räknas som bortfall; poster som ännu inte har nått det senare steget redovisas separat.</translation>
    </message>
    <message>
        <source>A trend needs a period with a start and an end.</source>
        <translation>En trend kräver en period med start och slut.</translation>
    </message>
    <message>
        <source>Values below %1 are not shown for confidentiality reasons.</source>
        <translation>Värden under %1 visas inte av sekretesskäl.</translation>
    </message>
    <message>
        <source>Ongoing insatser are counted on the last day of each period.</source>
        <translation>Pågående insatser räknas den sista dagen i varje period.</translation>
    </message>
    <message>
        <source>An internal analysis is not for publication and cannot be exported.</source>
        <translation>En intern analys är inte avsedd för publicering och kan inte exporteras.</translation>
    </message>
    <message>
        <source>Unknown analysis variable &quot;%1&quot;.</source>
        <translation>Okänd analysvariabel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A date variable is grouped by year, quarter or month, not &quot;%1&quot;.</source>
        <translation>En datumvariabel grupperas efter år, kvartal eller månad, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no part &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; har ingen del &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Ended insatser without any uppföljning</source>
        <translation>Avslutade insatser utan någon uppföljning</translation>
    </message>
    <message>
        <source>Ärenden past beslut without any insats</source>
        <translation>Ärenden med beslut men utan någon insats</translation>
    </message>
    <message>
        <source>Values below %1 are not shown for confidentiality reasons; some further values have been hidden so that they cannot be derived.</source>
        <translation>Värden under %1 redovisas inte av sekretesskäl; vissa ytterligare värden har dolts så att de inte kan räknas fram.</translation>
    </message>
    <message>
        <source>%1 can hold several values: a record is counted once for each value, so percentages can add up to more than 100 %.</source>
        <translation>%1 kan ha flera värden: en post räknas en gång för varje värde, så andelarna kan summera till mer än 100 %.</translation>
    </message>
    <message>
        <source>(missing): the value is missing although the step was reached (internal bortfall). Records for which the question did not apply are left out and reported separately. Percentages are of records with a valid answer.</source>
        <translation>(uppgift saknas): värdet saknas trots att steget har nåtts (internt bortfall). Poster där frågan inte var aktuell utelämnas och redovisas separat. Andelarna avser poster med giltigt svar.</translation>
    </message>
    <message>
        <source>Måluppfyllelse is shown separately for the BBIC and IBIC value sets, which cannot be pooled.</source>
        <translation>Måluppfyllelse visas separat för värdemängderna i BBIC och IBIC, som inte kan slås samman.</translation>
    </message>
    <message>
        <source>A table has one to three dimensions.</source>
        <translation>En tabell har en till tre dimensioner.</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; is given twice.</source>
        <translation>Dimensionen &quot;%1&quot; anges två gånger.</translation>
    </message>
    <message>
        <source>The smallest shown count must be between %1 and %2.</source>
        <translation>Det minsta antal som visas måste vara mellan %1 och %2.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Perioden börjar efter att den slutar.</translation>
    </message>
    <message>
        <source>A status count needs a date.</source>
        <translation>En statusräkning kräver ett datum.</translation>
    </message>
    <message>
        <source>Uppföljningar are events; count them in a period, not on a date.</source>
        <translation>Uppföljningar är händelser; räkna dem under en period, inte på ett datum.</translation>
    </message>
    <message>
        <source>At least one age band is needed.</source>
        <translation>Minst ett åldersintervall behövs.</translation>
    </message>
    <message>
        <source>The saved analysis is not valid JSON.</source>
        <translation>Den sparade analysen är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The saved analysis names an unknown unit.</source>
        <translation>Den sparade analysen anger en okänd analysenhet.</translation>
    </message>
    <message>
        <source>The saved analysis has an unknown time selection.</source>
        <translation>Den sparade analysen har ett okänt tidsurval.</translation>
    </message>
    <message>
        <source>The saved analysis has an unknown mode.</source>
        <translation>Den sparade analysen har ett okänt läge.</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(uppgift saknas)</translation>
    </message>
    <message>
        <source>The tables of a report set must all use the same smallest shown count; table %1 uses %2, table %3 uses %4.</source>
        <translation>Tabellerna i en rapport måste använda samma minsta redovisade antal; tabell %1 använder %2, tabell %3 använder %4.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <source>Strict mode: where every person in a small group had the same outcome, the group&apos;s values are not shown, since they would reveal each person&apos;s outcome.</source>
        <translation>Strikt läge: där alla personer i en liten grupp hade samma utfall redovisas inte gruppens värden, eftersom de skulle avslöja varje persons utfall.</translation>
    </message>
    <message>
        <source>Some values are not shown because the same values are hidden in another table of this report.</source>
        <translation>Vissa värden redovisas inte eftersom samma värden är dolda i en annan tabell i denna rapport.</translation>
    </message>
    <message>
        <source>The saved analysis has an unknown disclosure-control setting (strict or aggregate).</source>
        <translation>Den sparade analysen har en okänd inställning för röjandekontroll (strikt läge eller sammanslagning).</translation>
    </message>
    <message>
        <source>Insatser are shown at their KSI parent level so that fewer values need to be hidden.</source>
        <translation>Insatserna redovisas på sin överordnade KSI-nivå så att färre värden behöver döljas.</translation>
    </message>
    <message>
        <source>Age groups have been widened (%1 instead of %2) so that fewer values need to be hidden.</source>
        <translation>Åldersgrupperna har vidgats (%1 i stället för %2) så att färre värden behöver döljas.</translation>
    </message>
    <message>
        <source>%1 is shown by quarter instead of by month so that fewer values need to be hidden.</source>
        <translation>%1 redovisas per kvartal i stället för per månad så att färre värden behöver döljas.</translation>
    </message>
    <message>
        <source>%1 is shown by year instead of by quarter so that fewer values need to be hidden.</source>
        <translation>%1 redovisas per år i stället för per kvartal så att färre värden behöver döljas.</translation>
    </message>
    <message>
        <source>%1: %2 are shown together as &quot;Other&quot; so that fewer values need to be hidden.</source>
        <translation>%1: %2 redovisas tillsammans som ”Övriga” så att färre värden behöver döljas.</translation>
    </message>
    <message>
        <source>The perturbation table is invalid: %1</source>
        <translation>Störningstabellen är ogiltig: %1</translation>
    </message>
    <message>
        <source>The values have been changed at random by at most ±2 to protect individuals; totals may therefore differ.</source>
        <translation>Värdena har ändrats slumpmässigt med högst ±2 för att skydda enskilda; summor kan därför avvika.</translation>
    </message>
    <message>
        <source>Values below %1 after the change are shown as &quot;..&quot;.</source>
        <translation>Värden under %1 efter ändringen redovisas som &quot;..&quot;.</translation>
    </message>
    <message>
        <source>Published tables count a status on the last day of a month only (so that tables cannot be compared day by day): %1 is not; use %2.</source>
        <translation>Tabeller för publicering räknar status endast den sista dagen i en månad (så att tabeller inte kan jämföras dag för dag): %1 är inte det; använd %2.</translation>
    </message>
    <message>
        <source>Published tables cover whole months only (so that tables cannot be compared day by day): the period must start on the first day of a month, not on %1; use %2.</source>
        <translation>Tabeller för publicering omfattar endast hela månader (så att tabeller inte kan jämföras dag för dag): perioden måste börja den första dagen i en månad, inte %1; använd %2.</translation>
    </message>
    <message>
        <source>Published tables cover whole months only (so that tables cannot be compared day by day): the period must end on the last day of a month, not on %1; use %2.</source>
        <translation>Tabeller för publicering omfattar endast hela månader (så att tabeller inte kan jämföras dag för dag): perioden måste sluta den sista dagen i en månad, inte %1; använd %2.</translation>
    </message>
    <message>
        <source>Published tables count ages on the first day of a month only: the age reference date %1 is not; use %2.</source>
        <translation>Tabeller för publicering räknar ålder endast den första dagen i en månad: referensdatumet för ålder %1 är inte det; använd %2.</translation>
    </message>
    <message>
        <source>Published tables use preset age groups only (so that tables cannot be compared year by year): %1 is not one of them. Allowed: %2.</source>
        <translation>Tabeller för publicering använder endast förinställda åldersgrupper (så att tabeller inte kan jämföras år för år): %1 är inte en av dem. Tillåtna: %2.</translation>
    </message>
</context>
<context>
    <name>folja::analysis::ExcelCsv</name>
    <message>
        <source>An internal analysis is not for publication and cannot be exported.</source>
        <translation>En intern analys är inte för publicering och kan inte exporteras.</translation>
    </message>
    <message>
        <source>The table to export is incomplete.</source>
        <translation>Tabellen som ska exporteras är ofullständig.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>%1, lower bound of the 95 % interval</source>
        <translation>%1, nedre gräns för 95 %-intervallet</translation>
    </message>
    <message>
        <source>%1, upper bound of the 95 % interval</source>
        <translation>%1, övre gräns för 95 %-intervallet</translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation>Radprocent</translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation>Kolumnprocent</translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation>Procent av totalen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 \ %2</source>
        <translation>%1 \ %2</translation>
    </message>
    <message>
        <source>Bortfall</source>
        <translation>Bortfall</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Value missing (internal bortfall)</source>
        <translation>Uppgift saknas (internt bortfall)</translation>
    </message>
    <message>
        <source>Percent missing</source>
        <translation>Andel som saknas (%)</translation>
    </message>
    <message>
        <source>Uncertain answers</source>
        <translation>Osäkra svar</translation>
    </message>
    <message>
        <source>Not applicable (left out)</source>
        <translation>Ej aktuellt (utelämnade)</translation>
    </message>
    <message>
        <source>Records in the table</source>
        <translation>Poster i tabellen</translation>
    </message>
    <message>
        <source>External bortfall</source>
        <translation>Externt bortfall</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>folja::analysis::XlsxExport</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>An internal analysis is not for publication and cannot be exported.</source>
        <translation>En intern analys är inte för publicering och kan inte exporteras.</translation>
    </message>
    <message>
        <source>The table to export is incomplete.</source>
        <translation>Tabellen som ska exporteras är ofullständig.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunde inte skriva %1.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>%1, lower bound of the 95 % interval</source>
        <translation>%1, nedre gräns för 95 %-intervallet</translation>
    </message>
    <message>
        <source>%1, upper bound of the 95 % interval</source>
        <translation>%1, övre gräns för 95 %-intervallet</translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation>Radprocent</translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation>Kolumnprocent</translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation>Procent av totalen</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Skala %1</translation>
    </message>
    <message>
        <source>%1 \ %2</source>
        <translation>%1 \ %2</translation>
    </message>
    <message>
        <source>Bortfall</source>
        <translation>Bortfall</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Value missing (internal bortfall)</source>
        <translation>Uppgift saknas (internt bortfall)</translation>
    </message>
    <message>
        <source>Percent missing</source>
        <translation>Andel som saknas</translation>
    </message>
    <message>
        <source>Uncertain answers</source>
        <translation>Osäkra svar</translation>
    </message>
    <message>
        <source>Not applicable (left out)</source>
        <translation>Ej aktuellt (utelämnade)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Records in the table</source>
        <translation>Poster i tabellen</translation>
    </message>
    <message>
        <source>External bortfall</source>
        <translation>Externt bortfall</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Förklaringar</translation>
    </message>
    <message>
        <source>&quot;..&quot;: not shown, to protect individuals (fewer than %1, or hidden so that such a count cannot be worked out).</source>
        <translation>&quot;..&quot;: redovisas inte, för att skydda enskilda (färre än %1, eller dolt så att ett sådant värde inte kan räknas fram).</translation>
    </message>
    <message>
        <source>Grey italic row or column: records without a value for the variable (internal bortfall).</source>
        <translation>Grå kursiv rad eller kolumn: poster utan värde för variabeln (internt bortfall).</translation>
    </message>
    <message>
        <source>Måluppfyllelse is answered on two scales (BBIC and IBIC): each scale has its own block and total, and the two are never added together.</source>
        <translation>Måluppfyllelse besvaras på två skalor (BBIC och IBIC): varje skala har ett eget block och en egen summa, och de två läggs aldrig ihop.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>This build of Följa cannot write Excel workbooks; export the table as CSV.</source>
        <translation>Den här versionen av Följa kan inte skriva Excel-arbetsböcker; exportera tabellen som CSV.</translation>
    </message>
</context>
<context>
    <name>folja::analysis::report</name>
    <message>
        <source>persons</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>ärenden</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <source>insatser</source>
        <translation>insatser</translation>
    </message>
    <message>
        <source>uppföljningar</source>
        <translation>uppföljningar</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>the aktualisering</source>
        <translation>aktualiseringen</translation>
    </message>
    <message>
        <source>the beslut</source>
        <translation>beslutet</translation>
    </message>
    <message>
        <source>the verkställande</source>
        <translation>verkställandet</translation>
    </message>
    <message>
        <source>the avslut</source>
        <translation>avslutet</translation>
    </message>
    <message>
        <source>the uppföljning</source>
        <translation>uppföljningen</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Kön</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 efter %2</translation>
    </message>
    <message>
        <source>Unit: %1. Each of them is counted once in a table cell; %2 records in all.</source>
        <translation>Räknas: %1. Var och en räknas en gång i en tabellcell; %2 poster totalt.</translation>
    </message>
    <message>
        <source>Period: all registered %1, without a time limit.</source>
        <translation>Period: alla registrerade %1, utan tidsgräns.</translation>
    </message>
    <message>
        <source>Period: %1. Counted are %2 where %3 took place in the period.</source>
        <translation>Period: %1. Här räknas %2 där %3 skedde under perioden.</translation>
    </message>
    <message>
        <source>Period: %1. Counted are %2 that were ongoing at some time in the period.</source>
        <translation>Period: %1. Här räknas %2 som pågick någon gång under perioden.</translation>
    </message>
    <message>
        <source>Status on %1: counted are %2 that were ongoing on that day.</source>
        <translation>Läget den %1: här räknas %2 som pågick den dagen.</translation>
    </message>
    <message>
        <source>%1 (the first day of the period)</source>
        <translation>%1 (periodens första dag)</translation>
    </message>
    <message>
        <source>the date of the aktualisering</source>
        <translation>aktualiseringsdatum</translation>
    </message>
    <message>
        <source>Age is counted at %1, in the age groups %2 years.</source>
        <translation>Ålder räknas per %1, i åldersgrupperna %2 år.</translation>
    </message>
    <message>
        <source>%1 is aggregated to the higher KSI level (insatser of the same kind together).</source>
        <translation>%1 är sammanslagen till överordnad KSI-nivå (insatser av samma slag tillsammans).</translation>
    </message>
    <message>
        <source>%1 is grouped by year.</source>
        <translation>%1 är grupperad per år.</translation>
    </message>
    <message>
        <source>%1 is grouped by quarter.</source>
        <translation>%1 är grupperad per kvartal.</translation>
    </message>
    <message>
        <source>%1 is grouped by month.</source>
        <translation>%1 är grupperad per månad.</translation>
    </message>
    <message>
        <source>Måluppfyllelse is the one of the last uppföljning of insatser that have ended.</source>
        <translation>Måluppfyllelse avser den sista uppföljningen av avslutade insatser.</translation>
    </message>
    <message>
        <source>Måluppfyllelse is the one of the latest uppföljning in the period.</source>
        <translation>Måluppfyllelse avser den senaste uppföljningen under perioden.</translation>
    </message>
    <message>
        <source>(uppgift saknas)</source>
        <translation>(uppgift saknas)</translation>
    </message>
    <message>
        <source>målgrupper %1</source>
        <translation>målgrupper %1</translation>
    </message>
    <message>
        <source>Selection: %1.</source>
        <translation>Urval: %1.</translation>
    </message>
    <message>
        <source>Disclosure control (the Cell Key Method): every count, totals included, is changed by a small random amount that is the same wherever the same records are counted; counts below %1 after the change are shown as &quot;..&quot;. Percentages are computed from the changed counts, of the records with a valid answer.</source>
        <translation>Röjandekontroll (Cell Key-metoden): varje antal, även summor, ändras med ett litet slumpmässigt belopp som är detsamma överallt där samma poster räknas; antal under %1 efter ändringen redovisas som &quot;..&quot;. Andelarna räknas från de ändrade antalen, av posterna med giltigt svar.</translation>
    </message>
    <message>
        <source>Disclosure control: counts from 1 to %1 are not shown (&quot;..&quot;), and further counts are hidden where they would let them be derived. Percentages are of the records with a valid answer; the total column is the denominator of the row&apos;s percentages.</source>
        <translation>Röjandeskydd: antal från 1 till %1 visas inte (&quot;..&quot;), och ytterligare antal döljs där de annars skulle kunna räknas fram. Procent avser poster med giltigt svar; kolumnen Totalt är nämnaren för radens procent.</translation>
    </message>
</context>
<context>
    <name>folja::catalog::Catalog</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>okänt fält &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>fältet &quot;%1&quot; måste vara en textsträng</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>fältet &quot;%1&quot; är tomt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>fältet &quot;%1&quot; måste vara true eller false</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a whole number</source>
        <translation>fältet &quot;%1&quot; måste vara ett heltal</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list</source>
        <translation>fältet &quot;%1&quot; måste vara en lista</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an object</source>
        <translation>fältet &quot;%1&quot; måste vara ett objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list of non-empty strings</source>
        <translation>fältet &quot;%1&quot; måste vara en lista med textsträngar som inte är tomma</translation>
    </message>
    <message>
        <source>unknown target group &quot;%1&quot;</source>
        <translation>okänd målgrupp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; lists no target group</source>
        <translation>fältet &quot;%1&quot; anger ingen målgrupp</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>obligatoriskt fält &quot;%1&quot; saknas</translation>
    </message>
    <message>
        <source>character %1 is not allowed in field &quot;%2&quot; (only Latin letters, digits, punctuation and spaces)</source>
        <translation>tecknet %1 är inte tillåtet i fältet &quot;%2&quot; (endast latinska bokstäver, siffror, skiljetecken och mellanslag)</translation>
    </message>
    <message>
        <source>invalid code &quot;%1&quot; in field &quot;%2&quot;</source>
        <translation>ogiltig kod &quot;%1&quot; i fältet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>invalid variable code &quot;%1&quot; in field &quot;%2&quot;</source>
        <translation>ogiltig variabelkod &quot;%1&quot; i fältet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>katalogen</translation>
    </message>
    <message>
        <source>variable no. %1</source>
        <translation>variabel nr %1</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot;</source>
        <translation>variabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot;, value no. %2</source>
        <translation>variabel &quot;%1&quot;, värde nr %2</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot;, value &quot;%2&quot;</source>
        <translation>variabel &quot;%1&quot;, värde &quot;%2&quot;</translation>
    </message>
    <message>
        <source>mapping no. %1</source>
        <translation>mappning nr %1</translation>
    </message>
    <message>
        <source>mapping of variable &quot;%1&quot;</source>
        <translation>mappning för variabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mapping of variable &quot;%1&quot;, entry no. %2</source>
        <translation>mappning för variabel &quot;%1&quot;, post nr %2</translation>
    </message>
    <message>
        <source>mapping of variable &quot;%1&quot;, entry &quot;%2&quot;</source>
        <translation>mappning för variabel &quot;%1&quot;, post &quot;%2&quot;</translation>
    </message>
    <message>
        <source>entry must be an object</source>
        <translation>posten måste vara ett objekt</translation>
    </message>
    <message>
        <source>source no. %1</source>
        <translation>källa nr %1</translation>
    </message>
    <message>
        <source>duplicate source &quot;%1&quot;</source>
        <translation>källan &quot;%1&quot; förekommer två gånger</translation>
    </message>
    <message>
        <source>target group no. %1</source>
        <translation>målgrupp nr %1</translation>
    </message>
    <message>
        <source>duplicate target group &quot;%1&quot;</source>
        <translation>målgruppen &quot;%1&quot; förekommer två gånger</translation>
    </message>
    <message>
        <source>the catalogue must list all five target groups</source>
        <translation>katalogen måste ange alla fem målgrupper</translation>
    </message>
    <message>
        <source>step no. %1</source>
        <translation>processteg nr %1</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot;</source>
        <translation>okänt processteg &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate step &quot;%1&quot;</source>
        <translation>processteget &quot;%1&quot; förekommer två gånger</translation>
    </message>
    <message>
        <source>the catalogue must list all six process steps</source>
        <translation>katalogen måste ange alla sex processteg</translation>
    </message>
    <message>
        <source>area no. %1</source>
        <translation>verksamhetsområde nr %1</translation>
    </message>
    <message>
        <source>duplicate area &quot;%1&quot;</source>
        <translation>verksamhetsområdet &quot;%1&quot; förekommer två gånger</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;</source>
        <translation>okänt verksamhetsområde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>okänd källa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>okänd datatyp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown cardinality &quot;%1&quot;</source>
        <translation>okänt antal värden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>okänd nivå &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate value code</source>
        <translation>värdekoden förekommer två gånger</translation>
    </message>
    <message>
        <source>&quot;values&quot; and &quot;values_from&quot; exclude each other</source>
        <translation>&quot;values&quot; och &quot;values_from&quot; utesluter varandra</translation>
    </message>
    <message>
        <source>unknown parent &quot;%1&quot;</source>
        <translation>okänt överordnat värde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the parents of this value form a cycle</source>
        <translation>värdets överordnade värden bildar en cirkel</translation>
    </message>
    <message>
        <source>valid for target groups its parent &quot;%1&quot; is not</source>
        <translation>gäller för målgrupper som det överordnade värdet &quot;%1&quot; inte gäller för</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is also used by value &quot;%2&quot;</source>
        <translation>benämningen &quot;%1&quot; används också av värdet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown variable &quot;%1&quot;</source>
        <translation>okänd variabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the variable has two mappings from %1</source>
        <translation>variabeln har två mappningar från %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>okänt värde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry without targets must be marked for review</source>
        <translation>en post utan mål måste markeras för granskning</translation>
    </message>
    <message>
        <source>the label is mapped twice for the same target group</source>
        <translation>benämningen mappas två gånger för samma målgrupp</translation>
    </message>
    <message>
        <source>the built-in catalogue is missing</source>
        <translation>den inbyggda katalogen saknas</translation>
    </message>
    <message>
        <source>cannot read the catalogue file &quot;%1&quot;: %2</source>
        <translation>kan inte läsa katalogfilen &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the catalogue is not valid JSON: %1 (at byte %2)</source>
        <translation>katalogen är inte giltig JSON: %1 (vid byte %2)</translation>
    </message>
    <message>
        <source>the catalogue must be a JSON object</source>
        <translation>katalogen måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>unsupported catalogue format %1 (this program reads format %2)</source>
        <translation>katalogformat %1 stöds inte (programmet läser format %2)</translation>
    </message>
    <message>
        <source>duplicate variable code</source>
        <translation>variabelkoden förekommer två gånger</translation>
    </message>
    <message>
        <source>&quot;values_from&quot; names &quot;%1&quot;, which is not a variable with its own values</source>
        <translation>&quot;values_from&quot; anger &quot;%1&quot;, som inte är en variabel med egna värden</translation>
    </message>
    <message>
        <source>a coded variable needs values</source>
        <translation>en kodad variabel måste ha värden</translation>
    </message>
    <message>
        <source>only coded variables may have values</source>
        <translation>bara kodade variabler får ha värden</translation>
    </message>
    <message>
        <source>a condition needs variables and values</source>
        <translation>ett villkor måste ange variabler och värden</translation>
    </message>
    <message>
        <source>the condition names unknown variable &quot;%1&quot;</source>
        <translation>villkoret anger okänd variabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the condition names value &quot;%1&quot;, which variable &quot;%2&quot; does not have</source>
        <translation>villkoret anger värdet &quot;%1&quot;, som variabel &quot;%2&quot; inte har</translation>
    </message>
    <message>
        <source>local value &quot;%1&quot; of variable &quot;%2&quot;</source>
        <translation>lokalt värde &quot;%1&quot; i variabel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>only coded variables can have local values</source>
        <translation>bara kodade variabler kan ha lokala värden</translation>
    </message>
    <message>
        <source>a code may hold only the letters A-Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>en kod får bara innehålla bokstäverna A-Z, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos;</translation>
    </message>
    <message>
        <source>the code is already used in this variable</source>
        <translation>koden används redan i variabeln</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>benämningen är tom</translation>
    </message>
    <message>
        <source>character %1 is not allowed in a label (only Latin letters, digits, punctuation and spaces)</source>
        <translation>tecknet %1 är inte tillåtet i en benämning (endast latinska bokstäver, siffror, skiljetecken och mellanslag)</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; is not a selectable national value</source>
        <translation>det överordnade värdet &quot;%1&quot; är inte ett valbart nationellt värde</translation>
    </message>
    <message>
        <source>no such local value</source>
        <translation>det lokala värdet finns inte</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; has no value &quot;%2&quot;</source>
        <translation>variabel &quot;%1&quot; har inget värde &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot hide unknown variable &quot;%1&quot;</source>
        <translation>kan inte dölja okänd variabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the customisation is damaged: %1</source>
        <translation>de lokala anpassningarna är skadade: %1</translation>
    </message>
</context>
<context>
    <name>folja::domain</name>
    <message>
        <source>Legal sex is derived from the Person-ID; an entered value that differs from it is not accepted.</source>
        <translation>Juridiskt kön räknas fram ur person-id; ett inmatat värde som skiljer sig från det godtas inte.</translation>
    </message>
    <message>
        <source>Age must be a whole number of years from 0 to %1.</source>
        <translation>Ålder ska vara ett helt antal år från 0 till %1.</translation>
    </message>
    <message>
        <source>An entered age needs the aktualisering date it refers to.</source>
        <translation>En inmatad ålder behöver det aktualiseringsdatum den avser.</translation>
    </message>
    <message>
        <source>Age is derived from the Person-ID; an entered value that differs from it is not accepted.</source>
        <translation>Ålder räknas fram ur person-id; ett inmatat värde som skiljer sig från det godtas inte.</translation>
    </message>
</context>
<context>
    <name>folja::domain::Validation</name>
    <message>
        <source>The decision date %1 is before the actualisation date %2.</source>
        <translation>Beslutsdatumet %1 ligger före aktualiseringsdatumet %2.</translation>
    </message>
    <message>
        <source>The start date %1 is before the decision date %2.</source>
        <translation>Startdatumet %1 ligger före beslutsdatumet %2.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start or decision date %2.</source>
        <translation>Slutdatumet %1 ligger före start- eller beslutsdatumet %2.</translation>
    </message>
    <message>
        <source>The follow-up date %1 is before the start or decision date %2.</source>
        <translation>Uppföljningsdatumet %1 ligger före start- eller beslutsdatumet %2.</translation>
    </message>
    <message>
        <source>The end date %1 is before the follow-up date %2; check that both are right.</source>
        <translation>Slutdatumet %1 ligger före uppföljningsdatumet %2; kontrollera att båda stämmer.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Datumet %1 ligger i framtiden.</translation>
    </message>
    <message>
        <source>%1 is missing (bortfall).</source>
        <translation>%1 saknas (bortfall).</translation>
    </message>
    <message>
        <source>%1: the value %2 is not in the catalogue.</source>
        <translation>%1: värdet %2 finns inte i katalogen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid choice for this target group.</source>
        <translation>%1: &quot;%2&quot; är inget giltigt val för den här målgruppen.</translation>
    </message>
    <message>
        <source>%1: &quot;no cooperation&quot; cannot be combined with other choices.</source>
        <translation>%1: &quot;ingen samverkan&quot; kan inte kombineras med andra val.</translation>
    </message>
    <message>
        <source>The target group is missing or unknown.</source>
        <translation>Målgruppen saknas eller är okänd.</translation>
    </message>
    <message>
        <source>Choose one of the sub-categories of &quot;%1&quot;.</source>
        <translation>Välj en av underkategorierna till &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>B2 is only asked when B1a or B1b says the situation improved.</source>
        <translation>B2 ställs bara när B1a eller B1b säger att situationen har förbättrats.</translation>
    </message>
</context>
<context>
    <name>folja::identity::AgeBands</name>
    <message>
        <source>The age band &quot;%1&quot; must look like 0-13, 80- or 17.</source>
        <translation>Åldersintervallet &quot;%1&quot; måste se ut som 0-13, 80- eller 17.</translation>
    </message>
    <message>
        <source>The age band &quot;%1&quot; ends before it starts.</source>
        <translation>Åldersintervallet &quot;%1&quot; slutar innan det börjar.</translation>
    </message>
    <message>
        <source>Only the last age band may be open-ended.</source>
        <translation>Bara det sista åldersintervallet får vara öppet uppåt.</translation>
    </message>
    <message>
        <source>The age band &quot;%1&quot; overlaps the one before it or is out of order.</source>
        <translation>Åldersintervallet &quot;%1&quot; överlappar det föregående eller står i fel ordning.</translation>
    </message>
    <message>
        <source>No age bands are given.</source>
        <translation>Inga åldersintervall har angetts.</translation>
    </message>
</context>
<context>
    <name>folja::identity::PersonId</name>
    <message>
        <source>The reserve number rule has an invalid pattern.</source>
        <translation>Regeln för reservnummer har ett ogiltigt mönster.</translation>
    </message>
    <message>
        <source>The reserve number rule has a negative position.</source>
        <translation>Regeln för reservnummer har en negativ position.</translation>
    </message>
    <message>
        <source>The person ID is empty.</source>
        <translation>Inget person-id har angetts.</translation>
    </message>
    <message>
        <source>The person ID may only contain digits and one separator (- or +).</source>
        <translation>Person-id får bara innehålla siffror och ett skiljetecken (- eller +).</translation>
    </message>
    <message>
        <source>The person ID must have 10 or 12 digits.</source>
        <translation>Person-id måste ha 10 eller 12 siffror.</translation>
    </message>
    <message>
        <source>The separator must stand just before the last four digits.</source>
        <translation>Skiljetecknet måste stå direkt före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <source>The date does not exist.</source>
        <translation>Datumet finns inte.</translation>
    </message>
    <message>
        <source>The check digit does not match.</source>
        <translation>Kontrollsiffran stämmer inte.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <source>The century is not plausible: the person would be over 130 years old. Check the separator (- or +).</source>
        <translation>Århundradet är inte rimligt: personen skulle vara över 130 år. Kontrollera skiljetecknet (- eller +).</translation>
    </message>
    <message>
        <source>The separator + is only used from the year the person turns 100.</source>
        <translation>Skiljetecknet + används först från och med det år personen fyller 100.</translation>
    </message>
    <message>
        <source>The reserve number does not fit the configured format.</source>
        <translation>Reservnumret följer inte det inställda formatet.</translation>
    </message>
    <message>
        <source>The birth number (the three digits after the date) is 000, which is never issued.</source>
        <translation>Födelsenumret (de tre siffrorna efter datumet) är 000, som aldrig tilldelas.</translation>
    </message>
</context>
<context>
    <name>folja::identity::ReservnummerRule</name>
    <message>
        <source>Region Stockholm: 12 digits 99YYYYNNNNNC (YYYY = year of issue, NNNNN = serial number, C = check digit over positions 5–11). Gives neither birth date nor legal sex.</source>
        <translation>Region Stockholm: 12 siffror 99ÅÅÅÅNNNNNK (ÅÅÅÅ = utfärdandeår, NNNNN = löpnummer, K = kontrollsiffra över position 5–11). Anger varken födelsedatum eller juridiskt kön.</translation>
    </message>
</context>
<context>
    <name>folja::io::AnalysisData</name>
    <message>
        <source>Analysis requires the handläggare, analytiker or administratör role.</source>
        <translation>Analys kräver rollen handläggare, analytiker eller administratör.</translation>
    </message>
    <message>
        <source>Unknown målgrupp &quot;%1&quot;; use BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation>Okänd målgrupp &quot;%1&quot;; använd BOU, VUX, ALDRE, FUNK eller EKB.</translation>
    </message>
    <message>
        <source>Your analysis scope, set by an administratör, covers only: %1.</source>
        <translation>Ditt analysområde, som en administratör har bestämt, omfattar bara: %1.</translation>
    </message>
</context>
<context>
    <name>folja::io::CanonicalImport</name>
    <message>
        <source>Unknown column &quot;%1&quot;. Allowed columns: %2.</source>
        <translation>Okänd kolumn &quot;%1&quot;. Tillåtna kolumner: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once.</source>
        <translation>Kolumnen &quot;%1&quot; förekommer mer än en gång.</translation>
    </message>
    <message>
        <source>The required column &quot;%1&quot; is missing.</source>
        <translation>Den obligatoriska kolumnen &quot;%1&quot; saknas.</translation>
    </message>
    <message>
        <source>Not a valid date; write dates as YYYY-MM-DD.</source>
        <translation>Inte ett giltigt datum; skriv datum som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>The catalogue has no variable for this column.</source>
        <translation>Katalogen har ingen variabel för den här kolumnen.</translation>
    </message>
    <message>
        <source>Unknown value: neither a code nor a label of &quot;%1&quot;.</source>
        <translation>Okänt värde: varken en kod eller en benämning i &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The value is not valid for målgrupp %1.</source>
        <translation>Värdet gäller inte för målgrupp %1.</translation>
    </message>
    <message>
        <source>The value is a heading; choose one of the more specific values under it.</source>
        <translation>Värdet är en rubrik; välj ett av de mer specifika värdena under den.</translation>
    </message>
    <message>
        <source>One of these values may not be combined with other values.</source>
        <translation>Ett av de här värdena får inte kombineras med andra värden.</translation>
    </message>
    <message>
        <source>The date is before %1 (%2); dates must follow the order aktualisering ≤ beslut ≤ verkställande ≤ uppföljning ≤ avslut.</source>
        <translation>Datumet ligger före %1 (%2); datumen måste följa ordningen aktualisering ≤ beslut ≤ verkställande ≤ uppföljning ≤ avslut.</translation>
    </message>
    <message>
        <source>arende_id is required.</source>
        <translation>arende_id måste anges.</translation>
    </message>
    <message>
        <source>person_id is required.</source>
        <translation>person_id måste anges.</translation>
    </message>
    <message>
        <source>malgrupp is required.</source>
        <translation>malgrupp måste anges.</translation>
    </message>
    <message>
        <source>Unknown målgrupp; use BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation>Okänd målgrupp; använd BOU, VUX, ALDRE, FUNK eller EKB.</translation>
    </message>
    <message>
        <source>handlaggare is required.</source>
        <translation>handlaggare måste anges.</translation>
    </message>
    <message>
        <source>No active account with the handläggare role has this name.</source>
        <translation>Det finns inget aktivt konto med rollen handläggare som har det här namnet.</translation>
    </message>
    <message>
        <source>aktualisering_datum is required.</source>
        <translation>aktualisering_datum måste anges.</translation>
    </message>
    <message>
        <source>This column describes an insats, but insats is empty.</source>
        <translation>Kolumnen beskriver en insats, men insats är tom.</translation>
    </message>
    <message>
        <source>An uppföljning answer needs uppfoljning_datum.</source>
        <translation>Ett svar som gäller uppföljning kräver uppfoljning_datum.</translation>
    </message>
    <message>
        <source>%1 is missing although a later step is registered (bortfall).</source>
        <translation>%1 saknas trots att ett senare steg är registrerat (bortfall).</translation>
    </message>
    <message>
        <source>The same person has a different ursprung on row %1.</source>
        <translation>Samma person har ett annat ursprung på rad %1.</translation>
    </message>
    <message>
        <source>Differs from row %1 of the same arende_id; ärende columns must agree.</source>
        <translation>Skiljer sig från rad %1 med samma arende_id; ärendekolumnerna måste stämma överens.</translation>
    </message>
    <message>
        <source>The same insats with the same beslut_datum is already on row %1 of this ärende; an insats is identified by insats and beslut_datum.</source>
        <translation>Samma insats med samma beslut_datum finns redan på rad %1 i det här ärendet; en insats identifieras av insats och beslut_datum.</translation>
    </message>
    <message>
        <source>The file is empty; a header row is required.</source>
        <translation>Filen är tom; en rubrikrad krävs.</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2.</source>
        <translation>Raden har %1 fält men rubrikraden har %2.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Filen har en rubrikrad men inga datarader.</translation>
    </message>
    <message>
        <source>Row %1 (arende_id %2)</source>
        <translation>Rad %1 (arende_id %2)</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, kolumn %1</translation>
    </message>
    <message>
        <source>, value &quot;%1&quot;</source>
        <translation>, värde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>You may only import your own ärenden.</source>
        <translation>Du får bara importera dina egna ärenden.</translation>
    </message>
    <message>
        <source>Not an age; write whole years from 0 to %1.</source>
        <translation>Ingen ålder; skriv hela år från 0 till %1.</translation>
    </message>
    <message>
        <source>The same person has a different kon on row %1.</source>
        <translation>Samma person har ett annat kon på rad %1.</translation>
    </message>
</context>
<context>
    <name>folja::io::CsvReader</name>
    <message>
        <source>Line %1: the text is not valid UTF-8. Save the file as UTF-8 and try again.</source>
        <translation>Rad %1: texten är inte giltig UTF-8. Spara filen som UTF-8 och försök igen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>Rad %1: ett fält inom citattecken avslutas aldrig (ett &quot; saknas).</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; a quote inside a quoted field must be written as &quot;&quot;.</source>
        <translation>Rad %1: text följer efter ett avslutande citattecken; ett citattecken inuti ett fält inom citattecken måste skrivas som &quot;&quot;.</translation>
    </message>
</context>
<context>
    <name>folja::io::DemoDatabase</name>
    <message>
        <source>The number of persons must be at least 1.</source>
        <translation>Antalet personer måste vara minst 1.</translation>
    </message>
    <message>
        <source>The database already holds demo ärenden; demo data can be added only once.</source>
        <translation>Databasen innehåller redan demoärenden; demodata kan bara läggas till en gång.</translation>
    </message>
</context>
<context>
    <name>folja::io::Importer</name>
    <message>
        <source>Importing ärenden requires the handläggare or administratör role.</source>
        <translation>För att importera ärenden krävs rollen handläggare eller administratör.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Kan inte läsa filen %1.</translation>
    </message>
</context>
<context>
    <name>folja::io::LiveSnapshot</name>
    <message>
        <source>The session has ended; sign in again to continue.</source>
        <translation>Sessionen har avslutats; logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <source>The session is locked; sign in again to continue.</source>
        <translation>Sessionen är låst; logga in igen för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>folja::io::MappingEngine</name>
    <message>
        <source>fel</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>varning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation>ÅÅÅÅMMDD</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/ÅÅÅÅ</translation>
    </message>
    <message>
        <source>Excel date number</source>
        <translation>Excels datumnummer</translation>
    </message>
    <message>
        <source>any of these</source>
        <translation>vilket som helst av dessa</translation>
    </message>
    <message>
        <source>Ärende-id (the source system&apos;s key)</source>
        <translation>Ärende-id (källsystemets nyckel)</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Handläggare (account name)</source>
        <translation>Handläggare (kontonamn)</translation>
    </message>
    <message>
        <source>The saved import mapping cannot be read: %1</source>
        <translation>Den sparade importmappningen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>unknown format %1</source>
        <translation>okänt format %1</translation>
    </message>
    <message>
        <source>unknown date format</source>
        <translation>okänt datumformat</translation>
    </message>
    <message>
        <source>Unknown target column &quot;%1&quot;.</source>
        <translation>Okänd målkolumn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The column %1 is filled from more than one place; choose one.</source>
        <translation>Kolumnen %1 fylls från mer än ett ställe; välj ett.</translation>
    </message>
    <message>
        <source>These required columns are not mapped: %1.</source>
        <translation>De här obligatoriska kolumnerna är inte mappade: %1.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivå</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>column</source>
        <translation>kolumn</translation>
    </message>
    <message>
        <source>source column</source>
        <translation>källkolumn</translation>
    </message>
    <message>
        <source>values</source>
        <translation>värden</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen avbröts; ingenting ändrades.</translation>
    </message>
    <message>
        <source>SKL 2019 values were translated to SKR 2024 with the catalogue&apos;s table.</source>
        <translation>Värden från SKL 2019 översattes till SKR 2024 med katalogens tabell.</translation>
    </message>
    <message>
        <source>An SKL 2019 value that has several SKR 2024 counterparts%1; choose one in the mapping.</source>
        <translation>Ett värde från SKL 2019 som har flera motsvarigheter i SKR 2024%1; välj en i mappningen.</translation>
    </message>
    <message>
        <source> for målgrupp %1</source>
        <translation> för målgrupp %1</translation>
    </message>
    <message>
        <source>Not a målgrupp; map it to BOU, VUX, ALDRE, FUNK or EKB.</source>
        <translation>Ingen målgrupp; mappa den till BOU, VUX, ALDRE, FUNK eller EKB.</translation>
    </message>
    <message>
        <source>Not a value of &quot;%1&quot;%2; map it to a catalogue value.</source>
        <translation>Inget värde för &quot;%1&quot;%2; mappa det till ett värde i katalogen.</translation>
    </message>
    <message>
        <source>Not a date in the format %1.</source>
        <translation>Inget datum i formatet %1.</translation>
    </message>
    <message>
        <source>(fixed value)</source>
        <translation>(fast värde)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>The file has no column named %1; the mapping expects it.</source>
        <translation>Filen har ingen kolumn som heter %1; mappningen förväntar sig den.</translation>
    </message>
</context>
<context>
    <name>folja::io::TableSource</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semikolon (;)</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty; a header row is required.</source>
        <translation>Bladet &quot;%1&quot; är tomt; en rubrikrad krävs.</translation>
    </message>
    <message>
        <source>The file is empty; a header row is required.</source>
        <translation>Filen är tom; en rubrikrad krävs.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
</context>
<context>
    <name>folja::io::XlsxReader</name>
    <message>
        <source>The file is not a readable Excel workbook (.xlsx): %1</source>
        <translation>Filen är ingen läsbar Excel-arbetsbok (.xlsx): %1</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to import: %1. Save the sheet as CSV, or split it.</source>
        <translation>Excel-arbetsboken är för stor att importera: %1. Spara bladet som CSV, eller dela upp det.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Filen %1 kan inte läsas.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>filen är större än %1 MB</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>den kan inte öppnas</translation>
    </message>
    <message>
        <source>it is not a zip archive (is it an old .xls file, or damaged?)</source>
        <translation>den är inget zip-arkiv (är det en gammal .xls-fil, eller är den skadad?)</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>delen %1 saknas</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation>delen %1 kan inte packas upp</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>delen %1 är skadad</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than %2 MB</source>
        <translation>delen %1 packas upp till mer än %2 MB</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB</source>
        <translation>den packas upp till mer än %1 MB</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has no part</source>
        <translation>bladet &quot;%1&quot; har ingen del</translation>
    </message>
    <message>
        <source>more than %1 sheets</source>
        <translation>mer än %1 blad</translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation>den har inga blad</translation>
    </message>
    <message>
        <source>more than %1 different texts</source>
        <translation>mer än %1 olika texter</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2.</source>
        <translation>Arbetsboken har inget blad som heter &quot;%1&quot;; dess blad är: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: a row number is out of order</source>
        <translation>%1, rad %2: ett radnummer är i fel ordning</translation>
    </message>
    <message>
        <source>%1, line %2: a cell outside a row</source>
        <translation>%1, rad %2: en cell utanför en rad</translation>
    </message>
    <message>
        <source>%1, line %2: the cell reference &quot;%3&quot; is not valid</source>
        <translation>%1, rad %2: cellreferensen &quot;%3&quot; är inte giltig</translation>
    </message>
    <message>
        <source>%1, line %2: a cell refers to text number %3, which does not exist</source>
        <translation>%1, rad %2: en cell hänvisar till text nummer %3, som inte finns</translation>
    </message>
    <message>
        <source>more than %1 cells</source>
        <translation>mer än %1 celler</translation>
    </message>
    <message>
        <source>This build of Följa cannot read Excel workbooks; save the sheet as CSV.</source>
        <translation>Den här versionen av Följa kan inte läsa Excel-arbetsböcker; spara bladet som CSV.</translation>
    </message>
</context>
<context>
    <name>folja::store::Database</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>Återställningskoden är fel.</translation>
    </message>
    <message>
        <source>The file is not a Följa database.</source>
        <translation>Filen är inte en Följa-databas.</translation>
    </message>
    <message>
        <source>The key file (.keys) that belongs to the database is missing. Place it next to the database file and try again.</source>
        <translation>Nyckelfilen (.keys) som hör till databasen saknas. Lägg den bredvid databasfilen och försök igen.</translation>
    </message>
    <message>
        <source>The key file (.keys) next to the database belongs to a different database.</source>
        <translation>Nyckelfilen (.keys) bredvid databasen hör till en annan databas.</translation>
    </message>
    <message>
        <source>The key file (.keys) of the database is damaged. Restore it from a backup.</source>
        <translation>Databasens nyckelfil (.keys) är skadad. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The database file is damaged. Do not overwrite it: restore a backup and contact support.</source>
        <translation>Databasfilen är skadad. Skriv inte över den: återställ en säkerhetskopia och kontakta supporten.</translation>
    </message>
    <message>
        <source>The database is already open in another Följa window or on another computer.</source>
        <translation>Databasen är redan öppen i ett annat Följa-fönster eller på en annan dator.</translation>
    </message>
    <message>
        <source>The database cannot be changed: the file or its folder is read-only.</source>
        <translation>Databasen kan inte ändras: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>The disk is full. The change was not saved; free some space and try again.</source>
        <translation>Disken är full. Ändringen sparades inte; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database file could not be read or written.</source>
        <translation>Databasfilen kunde inte läsas eller skrivas.</translation>
    </message>
    <message>
        <source>An internal database error occurred.</source>
        <translation>Ett internt databasfel inträffade.</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>Databasfilen finns inte.</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Det finns redan en fil med det namnet. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>The database was created by a newer version of Följa. Update Följa to open it.</source>
        <translation>Databasen har skapats av en nyare version av Följa. Uppdatera Följa för att öppna den.</translation>
    </message>
    <message>
        <source>Encryption support (SQLCipher) is missing; the database was not opened.</source>
        <translation>Stöd för kryptering (SQLCipher) saknas; databasen öppnades inte.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>Ändringen står i konflikt med befintliga uppgifter.</translation>
    </message>
    <message>
        <source>The user already has a password.</source>
        <translation>Användaren har redan ett lösenord.</translation>
    </message>
    <message>
        <source>The user has no password for this database.</source>
        <translation>Användaren har inget lösenord för den här databasen.</translation>
    </message>
    <message>
        <source>The last password of the database cannot be removed.</source>
        <translation>Databasens sista lösenord kan inte tas bort.</translation>
    </message>
    <message>
        <source>A required value is missing or invalid.</source>
        <translation>Ett obligatoriskt värde saknas eller är ogiltigt.</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>Databasen är upptagen. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The chosen file is not a complete Följa backup (the database file and its .keys file are both needed).</source>
        <translation>Den valda filen är inte en fullständig säkerhetskopia av Följa (både databasfilen och dess .keys-fil behövs).</translation>
    </message>
    <message>
        <source>The requested record does not exist.</source>
        <translation>Den begärda posten finns inte.</translation>
    </message>
</context>
<context>
    <name>folja::ui::AccountsModel</name>
    <message>
        <source>Case worker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analytiker</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>Nej (inaktiverat)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
</context>
<context>
    <name>folja::ui::AccountsWidget</name>
    <message>
        <source>Everyone who uses this database has an account. An account may hold several roles. Deactivated accounts can no longer sign in; their cases stay until you move them.</source>
        <translation>Alla som använder databasen har ett eget konto. Ett konto kan ha flera roller. Inaktiverade konton kan inte längre logga in; deras ärenden ligger kvar tills du flyttar dem.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Ändra &amp;roller…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Återställ &amp;lösenord…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Inaktivera…</translation>
    </message>
    <message>
        <source>The account %1 was created with the roles: %2.</source>
        <translation>Kontot %1 skapades med rollerna: %2.</translation>
    </message>
    <message>
        <source>Remove the administratör role?</source>
        <translation>Ta bort rollen administratör?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to manage accounts, settings and the catalogue.</source>
        <translation>%1 kommer inte längre att kunna hantera konton, inställningar och katalogen.</translation>
    </message>
    <message>
        <source>Remove the role</source>
        <translation>Ta bort rollen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message>
        <source>%1 now has the roles: %2.</source>
        <translation>%1 har nu rollerna: %2.</translation>
    </message>
    <message>
        <source>Reset the password?</source>
        <translation>Återställa lösenordet?</translation>
    </message>
    <message>
        <source>The password of %1 is replaced now. The old password stops working.</source>
        <translation>Lösenordet för %1 byts nu. Det gamla lösenordet slutar fungera.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>%1 has a new password. The old one no longer works.</source>
        <translation>%1 har ett nytt lösenord. Det gamla fungerar inte längre.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Inaktivera %1?</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and the password stops opening the database. Cases owned by %1 stay until you move them to another case worker.</source>
        <translation>%1 kan inte längre logga in, och lösenordet öppnar inte längre databasen. Ärenden som %1 ansvarar för ligger kvar tills du flyttar dem till en annan handläggare.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Inaktivera</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 är inaktiverat.</translation>
    </message>
    <message>
        <source>Analysis &amp;scope…</source>
        <translation>&amp;Analysområde…</translation>
    </message>
    <message>
        <source>%1 may analyse all ärenden.</source>
        <translation>%1 får analysera alla ärenden.</translation>
    </message>
    <message>
        <source>%1 may now analyse only: %2.</source>
        <translation>%1 får nu bara analysera: %2.</translation>
    </message>
    <message>
        <source>&amp;Import right…</source>
        <translation>&amp;Importrätt…</translation>
    </message>
    <message>
        <source>Withdraw the import right of %1?</source>
        <translation>Ta bort importrätten för %1?</translation>
    </message>
    <message>
        <source>Allow %1 to import from other systems?</source>
        <translation>Ge %1 rätt att importera från andra system?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to use the import wizard or saved import mappings.</source>
        <translation>%1 kommer inte längre att kunna använda importguiden eller sparade importmappningar.</translation>
    </message>
    <message>
        <source>%1 may then import extracts from other systems with the import wizard and saved import mappings (only their own ärenden).</source>
        <translation>%1 får då importera uttag från andra system med importguiden och sparade importmappningar (bara egna ärenden).</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Tillåt</translation>
    </message>
    <message>
        <source>%1 may no longer import from other systems.</source>
        <translation>%1 får inte längre importera från andra system.</translation>
    </message>
    <message>
        <source>%1 may now import from other systems.</source>
        <translation>%1 får nu importera från andra system.</translation>
    </message>
</context>
<context>
    <name>folja::ui::AdminDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>folja::ui::AdminFeedback</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>folja::ui::AdminWorkspace</name>
    <message>
        <source>Accounts and roles</source>
        <translation>Konton och roller</translation>
    </message>
    <message>
        <source>Move cases</source>
        <translation>Flytta ärenden</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Variabelkatalog</translation>
    </message>
    <message>
        <source>Settings and gallring</source>
        <translation>Inställningar och gallring</translation>
    </message>
    <message>
        <source>Microdata</source>
        <translation>Mikrodata</translation>
    </message>
</context>
<context>
    <name>folja::ui::AnalysWorkspace</name>
    <message>
        <source>Internal analysis</source>
        <translation>Intern analys</translation>
    </message>
    <message>
        <source>Reload data</source>
        <translation>Läs in på nytt</translation>
    </message>
    <message>
        <source>Read the register again (changes saved since the data were read)</source>
        <translation>Läs registret på nytt (ändringar som sparats sedan uppgifterna lästes)</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Exportera diagram…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Lead times</source>
        <translation>Ledtider</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trender</translation>
    </message>
    <message numerus="yes">
        <source>Data: your own %n ärende(n)</source>
        <translation>
            <numerusform>Underlag: ditt eget %n ärende</numerusform>
            <numerusform>Underlag: dina egna %n ärenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data: %n ärende(n) in the register</source>
        <translation>
            <numerusform>Underlag: %n ärende i registret</numerusform>
            <numerusform>Underlag: %n ärenden i registret</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal analysis shows small values that could identify people. It is for your own analysis on screen only: nothing can be exported or printed, and switching it on is logged. Switch it on?</source>
        <translation>Intern analys visar små värden som kan peka ut enskilda personer. Den är bara för din egen analys på skärmen: ingenting kan exporteras eller skrivas ut, och att du slår på den loggas. Slå på intern analys?</translation>
    </message>
    <message>
        <source>Internal analysis cannot be exported.</source>
        <translation>En intern analys kan inte exporteras.</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Det finns ingen tabell att exportera.</translation>
    </message>
    <message>
        <source>insatser</source>
        <translation>insatser</translation>
    </message>
    <message>
        <source>ärenden</source>
        <translation>ärenden</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personer</translation>
    </message>
    <message>
        <source>uppföljningar</source>
        <translation>uppföljningar</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Räknas: %1</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportera tabell</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Open for the next period</source>
        <translation>Öppna för nästa period</translation>
    </message>
    <message>
        <source>Moves the saved analysis on to the following period of the same length (next month, quarter or year) and opens it</source>
        <translation>Flyttar den sparade analysen till nästa period av samma längd (nästa månad, kvartal eller år) och öppnar den</translation>
    </message>
    <message>
        <source>Save analysis…</source>
        <translation>Spara analys…</translation>
    </message>
    <message>
        <source>Saved analyses</source>
        <translation>Sparade analyser</translation>
    </message>
    <message>
        <source>Save analysis</source>
        <translation>Spara analys</translation>
    </message>
    <message>
        <source>Name of the analysis</source>
        <translation>Analysens namn</translation>
    </message>
    <message>
        <source>The chart as PNG (choose the resolution), SVG or PDF</source>
        <translation>Diagrammet som PNG (välj upplösning), SVG eller PDF</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Det finns inget diagram att exportera.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportera diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-bild (*.png);;SVG-teckning (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Upplösning (dpi)</translation>
    </message>
    <message>
        <source>(none saved yet)</source>
        <translation>(inga sparade ännu)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Reading the analysis data…</source>
        <translation>Läser in analysdata…</translation>
    </message>
    <message>
        <source>Computing the table…</source>
        <translation>Beräknar tabellen…</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Exportera tabell…</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file for Excel: the table as published, with bortfall, footnotes and method note</source>
        <translation>En Excel-arbetsbok (.xlsx) eller en CSV-fil för Excel: tabellen som den publiceras, med bortfall, fotnoter och metodbeskrivning</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>folja::ui::AnalysisScopeDialog</name>
    <message>
        <source>Analysis scope of %1</source>
        <translation>Analysområde för %1</translation>
    </message>
    <message>
        <source>%1 may analyse only the ärenden of the ticked målgrupper and enheter. Nothing ticked in a group means no limit by that group. Administratörer are never limited.</source>
        <translation>%1 får bara analysera ärenden i de målgrupper och enheter som är markerade. Är ingenting markerat i en grupp begränsas inte analysen av den gruppen. Administratörer begränsas aldrig.</translation>
    </message>
    <message>
        <source>Målgrupper</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>No enheter are defined for this database.</source>
        <translation>Inga enheter är angivna för den här databasen.</translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Save scope</source>
        <translation>Spara analysområde</translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Discard them?</source>
        <translation>Ärendet har osparade ändringar. Vill du kasta dem?</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>&amp;Restore the changes</source>
        <translation>&amp;Återställ ändringarna</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Kasta dem</translation>
    </message>
    <message>
        <source>Changes to this case from %1 were not saved (the program was closed or stopped first). They were kept encrypted in the database. Restore them to continue, or discard them.</source>
        <translation>Ändringar i ärendet från %1 sparades inte (programmet stängdes eller avbröts först). De har bevarats krypterade i databasen. Återställ dem för att fortsätta, eller kasta dem.</translation>
    </message>
    <message>
        <source>Följa</source>
        <translation>Följa</translation>
    </message>
    <message>
        <source>The kept changes could not be read and were removed.</source>
        <translation>De bevarade ändringarna kunde inte läsas och har tagits bort.</translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeForm</name>
    <message>
        <source>Person and target group</source>
        <translation>Person och målgrupp</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>The target group decides which answers the form offers.</source>
        <translation>Målgruppen avgör vilka svar formuläret erbjuder.</translation>
    </message>
    <message>
        <source>Choose the target group first: it decides which answers can be chosen.</source>
        <translation>Välj målgrupp först: den avgör vilka svar som kan väljas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Stäng utan att spara (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the ärende (Ctrl+S or Ctrl+Enter)</source>
        <translation>Spara ärendet (Ctrl+S eller Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Still to fill in / To correct</source>
        <translation>Kvar att fylla i / Att rätta</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Hjälp (F1)</translation>
    </message>
    <message>
        <source>Move to a question to see its definition here.</source>
        <translation>Gå till en fråga för att se dess definition här.</translation>
    </message>
    <message>
        <source>%1: enter a real date as YYYY-MM-DD.</source>
        <translation>%1: ange ett datum som finns, i formen ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– välj –</translation>
    </message>
    <message>
        <source>%1 (unknown target group)</source>
        <translation>%1 (okänd målgrupp)</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Add insats (Ctrl+I)</source>
        <translation>Lägg till insats (Ctrl+I)</translation>
    </message>
    <message>
        <source>Choose the target group before adding an insats.</source>
        <translation>Välj målgrupp innan du lägger till en insats.</translation>
    </message>
    <message>
        <source>Add an insats first: follow-ups belong to an insats.</source>
        <translation>Lägg först till en insats: uppföljningar hör till en insats.</translation>
    </message>
    <message>
        <source>Asked only when %1 is %2.</source>
        <translation>Frågas bara när %1 är %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>Insats %1, follow-up %2: %3</source>
        <translation>Insats %1, uppföljning %2: %3</translation>
    </message>
    <message>
        <source>Insats %1: %2</source>
        <translation>Insats %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Cannot save yet: %n error(s) to correct.</source>
        <translation>
            <numerusform>Kan inte sparas ännu: %n fel att rätta.</numerusform>
            <numerusform>Kan inte sparas ännu: %n fel att rätta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can be saved; %n answer(s) still missing.</source>
        <translation>
            <numerusform>Kan sparas; %n svar saknas fortfarande.</numerusform>
            <numerusform>Kan sparas; %n svar saknas fortfarande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Klart att spara.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n error(s) must be corrected first.</source>
        <translation>
            <numerusform>Inte sparat: %n fel måste rättas först.</numerusform>
            <numerusform>Inte sparat: %n fel måste rättas först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>The unit (enhet) responsible for the case; the statistics can be split by unit.</source>
        <translation>Den enhet som ansvarar för ärendet; statistiken kan delas upp per enhet.</translation>
    </message>
    <message>
        <source>– none –</source>
        <translation>– ingen –</translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeListModel</name>
    <message>
        <source>Actualised</source>
        <translation>Aktualiserat</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Ongoing intervention</source>
        <translation>Pågående insats</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n saknas</numerusform>
            <numerusform>%n saknas</numerusform>
        </translation>
    </message>
    <message>
        <source>Required answers are missing although the process step has been reached (bortfall).</source>
        <translation>Obligatoriska svar saknas trots att processteget har nåtts (bortfall).</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Bortfall</translation>
    </message>
    <message>
        <source>Sex, age</source>
        <translation>Kön, ålder</translation>
    </message>
    <message>
        <source>%1 (unsaved changes kept)</source>
        <translation>%1 (osparade ändringar finns)</translation>
    </message>
    <message>
        <source>Changes to this case were not saved before the program closed. Open the case to restore or discard them.</source>
        <translation>Ändringar i ärendet sparades inte innan programmet stängdes. Öppna ärendet för att återställa eller kasta dem.</translation>
    </message>
</context>
<context>
    <name>folja::ui::ArendeWorkspace</name>
    <message>
        <source>Följa</source>
        <translation>Följa</translation>
    </message>
    <message>
        <source>&amp;Open to restore</source>
        <translation>&amp;Öppna för att återställa</translation>
    </message>
    <message>
        <source>A new case was being registered when the program closed; it was not saved. The changes were kept encrypted in the database.</source>
        <translation>Ett nytt ärende höll på att registreras när programmet stängdes och sparades inte. Ändringarna har bevarats krypterade i databasen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have changes that were not saved before the program closed. They were kept encrypted in the database and are marked in the list.</source>
        <translation>
            <numerusform>%n ärende har ändringar som inte sparades innan programmet stängdes. De har bevarats krypterade i databasen och är markerade i listan.</numerusform>
            <numerusform>%n ärenden har ändringar som inte sparades innan programmet stängdes. De har bevarats krypterade i databasen och är markerade i listan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::CatalogWidget</name>
    <message>
        <source>Choose what the case form shows for each target group, and add the kommun&apos;s own values under an SKR value. Hidden questions keep answers already given. Changes apply to everyone who signs in to this database.</source>
        <translation>Välj vad ärendeformuläret visar för varje målgrupp, och lägg till kommunens egna värden under ett SKR-värde. Dolda frågor behåller svar som redan getts. Ändringarna gäller alla som loggar in i den här databasen.</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabler</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>&amp;Add local value…</source>
        <translation>&amp;Lägg till lokalt värde…</translation>
    </message>
    <message>
        <source>&amp;Remove local value…</source>
        <translation>&amp;Ta bort lokalt värde…</translation>
    </message>
    <message>
        <source>Values of “%1” for %2:</source>
        <translation>Värden för ”%1” inom %2:</translation>
    </message>
    <message>
        <source>“%1” has no fixed values.</source>
        <translation>”%1” har inga fasta värden.</translation>
    </message>
    <message>
        <source>“%1” is shown again in the form for %2.</source>
        <translation>”%1” visas igen i formuläret för %2.</translation>
    </message>
    <message>
        <source>Hide a required variable?</source>
        <translation>Dölja en obligatorisk variabel?</translation>
    </message>
    <message>
        <source>SKR&apos;s national set requires “%1”. If you hide it for %2, the kommun&apos;s reports will lack it. Hide it anyway?</source>
        <translation>SKR:s nationella uppsättning kräver ”%1”. Om du döljer den för %2 kommer den att saknas i kommunens redovisning. Dölja den ändå?</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>“%1” is hidden in the form for %2.</source>
        <translation>”%1” är dold i formuläret för %2.</translation>
    </message>
    <message>
        <source>“%1” is offered again for %2.</source>
        <translation>”%1” erbjuds igen för %2.</translation>
    </message>
    <message>
        <source>“%1” is no longer offered for %2; answers already given keep it.</source>
        <translation>”%1” erbjuds inte längre för %2; svar som redan getts behåller det.</translation>
    </message>
    <message>
        <source>“%1” was added; statistics count it as “%2”.</source>
        <translation>”%1” lades till; statistiken räknar det som ”%2”.</translation>
    </message>
    <message>
        <source>Remove the local value?</source>
        <translation>Ta bort det lokala värdet?</translation>
    </message>
    <message>
        <source>“%1” is removed from the catalogue for every target group. This is refused while any case uses it; hide it instead.</source>
        <translation>”%1” tas bort ur katalogen för alla målgrupper. Det nekas så länge något ärende använder värdet; dölj det i stället.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>”%1” togs bort.</translation>
    </message>
</context>
<context>
    <name>folja::ui::ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>folja::ui::ConflictReportDialog</name>
    <message>
        <source>Exchange report</source>
        <translation>Utbytesrapport</translation>
    </message>
    <message>
        <source>Package from %1, made %2, for %3.</source>
        <translation>Paket från %1, gjort %2, till %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n ärende(n) in the package: %1 new, %2 updated, %3 unchanged, %4 kept as they were here.</source>
        <translation>
            <numerusform>%n ärende i paketet: %1 nya, %2 uppdaterade, %3 oförändrade, %4 behölls som de var här.</numerusform>
            <numerusform>%n ärenden i paketet: %1 nya, %2 uppdaterade, %3 oförändrade, %4 behölls som de var här.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ärende was changed on both sides since the last exchange.</source>
        <translation>Inget ärende har ändrats på båda sidor sedan förra utbytet.</translation>
    </message>
    <message>
        <source>These ärenden were changed both here and in the package since the last exchange; the newer change was kept:</source>
        <translation>De här ärendena har ändrats både här och i paketet sedan förra utbytet; den senaste ändringen behölls:</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Ändrat här</translation>
    </message>
    <message>
        <source>Changed in package</source>
        <translation>Ändrat i paketet</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behölls</translation>
    </message>
    <message>
        <source>The package&apos;s version</source>
        <translation>Paketets version</translation>
    </message>
    <message>
        <source>This database&apos;s version</source>
        <translation>Den här databasens version</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Spara rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan inte skriva %1.</translation>
    </message>
    <message>
        <source>Ärende (no. here)</source>
        <translation>Ärende (nr här)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message numerus="yes">
        <source>%n ärende(n) of the package had been erased or gallrade here and were not brought back.</source>
        <translation>
            <numerusform>%n ärende i paketet hade raderats eller gallrats här och togs inte tillbaka.</numerusform>
            <numerusform>%n ärenden i paketet hade raderats eller gallrats här och togs inte tillbaka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::CreateDatabaseWizard</name>
    <message>
        <source>New Följa database</source>
        <translation>Ny Följa-databas</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Skapa databasen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Create a database</source>
        <translation>Skapa en databas</translation>
    </message>
    <message>
        <source>Everything Följa stores goes into one encrypted file.</source>
        <translation>Allt som Följa lagrar hamnar i en enda krypterad fil.</translation>
    </message>
    <message>
        <source>A &amp;new, empty database for our registrations</source>
        <translation>En &amp;ny, tom databas för våra registreringar</translation>
    </message>
    <message>
        <source>A &amp;demo database with synthetic data, to try Följa or to train</source>
        <translation>En &amp;demodatabas med påhittade uppgifter, för att prova Följa eller öva</translation>
    </message>
    <message>
        <source>You choose where the file is kept, create the first administratör account and get a recovery code to keep safe.</source>
        <translation>Du väljer var filen ska ligga, skapar det första administratörskontot och får en återställningskod att förvara säkert.</translation>
    </message>
    <message>
        <source>Made by the same generator as &quot;folja-cli demo&quot;. It holds invented persons only; all its accounts share the public password %1, so never register real data in it.</source>
        <translation>Skapas av samma generator som ”folja-cli demo”. Den innehåller bara påhittade personer och alla konton har det offentliga lösenordet %1, så registrera aldrig verkliga uppgifter i den.</translation>
    </message>
    <message>
        <source>Where the database is kept</source>
        <translation>Var databasen ska ligga</translation>
    </message>
    <message>
        <source>Choose a folder that is backed up, for example on the kommun&apos;s file server. A key file (.keys) is kept next to the database; both are needed.</source>
        <translation>Välj en mapp som säkerhetskopieras, till exempel på kommunens filserver. En nyckelfil (.keys) sparas bredvid databasen; båda behövs.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Databasfil:</translation>
    </message>
    <message>
        <source>The first administratör</source>
        <translation>Den första administratören</translation>
    </message>
    <message>
        <source>The administratör creates the other accounts (handläggare, analytiker) and manages the settings. Each account has its own password.</source>
        <translation>Administratören skapar de andra kontona (handläggare, analytiker) och sköter inställningarna. Varje konto har ett eget lösenord.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Visningsnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>User names: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, 2 to 64 characters. Passwords: at least 8 characters; a sentence of several words is easier to remember and harder to guess. Nobody can read a forgotten password back, not even the administratör.</source>
        <translation>Användarnamn: bokstäver, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos;, 2 till 64 tecken. Lösenord: minst 8 tecken; en mening med flera ord är lättare att minnas och svårare att gissa. Ingen kan läsa ut ett glömt lösenord, inte ens administratören.</translation>
    </message>
    <message>
        <source>What the kommun registers</source>
        <translation>Vad kommunen registrerar</translation>
    </message>
    <message>
        <source>The case form offers only the target groups chosen here. Units (enheter) let the statistics be split by unit.</source>
        <translation>Ärendeformuläret erbjuder bara de målgrupper som väljs här. Med enheter kan statistiken delas upp per enhet.</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Målgrupper</translation>
    </message>
    <message>
        <source>Units, one per line</source>
        <translation>Enheter, en per rad</translation>
    </message>
    <message>
        <source>For example:
Barn och unga
Vuxen
Äldreomsorg</source>
        <translation>Till exempel:
Barn och unga
Vuxen
Äldreomsorg</translation>
    </message>
    <message>
        <source>&amp;Units, one per line (optional):</source>
        <translation>&amp;Enheter, en per rad (frivilligt):</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Återställningskod</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery code and will keep it locked away</source>
        <translation>Jag har &amp;skrivit ut eller skrivit ner återställningskoden och förvarar den inlåst</translation>
    </message>
    <message>
        <source>The demo database is ready. Sign in as demo1, demo2, … (handläggare), analys (analytiker) or admin (administratör); the password for all is %1. Finish signs you in as demo1.</source>
        <translation>Demodatabasen är klar. Logga in som demo1, demo2, … (handläggare), analys (analytiker) eller admin (administratör); lösenordet är %1 för alla. Slutför loggar in dig som demo1.</translation>
    </message>
    <message>
        <source>The database is ready. Below is its RECOVERY CODE. It is shown only now, never again.

It opens the database without any password, for example if every administratör has forgotten theirs. Print it or write it down, and keep the paper locked away like a key to the archive (for example in the safe of the kommun&apos;s IT or registry). Do not save it in a file, an e-mail or a password list on this computer. It cannot be copied from this window on purpose.</source>
        <translation>Databasen är klar. Här nedanför står dess ÅTERSTÄLLNINGSKOD. Den visas bara nu, aldrig igen.

Koden öppnar databasen utan lösenord, till exempel om alla administratörer har glömt sina. Skriv ut den eller skriv ner den och förvara pappret inlåst som en nyckel till arkivet (till exempel i kassaskåpet hos kommunens IT eller registratur). Spara den inte i en fil, ett e-postmeddelande eller en lösenordslista på den här datorn. Den går med avsikt inte att kopiera från fönstret.</translation>
    </message>
    <message>
        <source>Följa databases (*.folja)</source>
        <translation>Följa-databaser (*.folja)</translation>
    </message>
    <message>
        <source>Enter where the database file should be created.</source>
        <translation>Ange var databasfilen ska skapas.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: an existing database is never replaced.</source>
        <translation>%1 finns redan. Välj ett annat namn: en befintlig databas ersätts aldrig.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finns inte.</translation>
    </message>
    <message>
        <source>Följa may not write in the folder %1. Choose another folder.</source>
        <translation>Följa får inte skriva i mappen %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The user name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, 2 to 64 characters.</source>
        <translation>Användarnamnet får innehålla bokstäver, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos;, 2 till 64 tecken.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte likadana.</translation>
    </message>
    <message>
        <source>Choose at least one target group.</source>
        <translation>Välj minst en målgrupp.</translation>
    </message>
    <message>
        <source>The database could not be created: %1</source>
        <translation>Databasen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>The database was created, but the target groups and units could not be stored: %1</source>
        <translation>Databasen skapades, men målgrupperna och enheterna kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Demodatabasen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Skriv ut återställningskoden</translation>
    </message>
    <message>
        <source>Följa – recovery code for %1</source>
        <translation>Följa – återställningskod för %1</translation>
    </message>
    <message>
        <source>This code opens the database without any password. Keep this paper locked away. Printed %1.</source>
        <translation>Koden öppnar databasen utan lösenord. Förvara pappret inlåst. Utskrivet %1.</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Skapar databasen…</translation>
    </message>
</context>
<context>
    <name>folja::ui::CrossTabModel</name>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>Antal: %1</translation>
    </message>
    <message>
        <source>%1: not shown</source>
        <translation>%1: visas inte</translation>
    </message>
    <message>
        <source>%1: %2 % of %3 (95 % interval %4–%5)</source>
        <translation>%1: %2 % av %3 (95 %-intervall %4–%5)</translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation>Radprocent</translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation>Kolumnprocent</translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation>Procent av totalen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>%1: all categories together</source>
        <translation>%1: alla kategorier tillsammans</translation>
    </message>
    <message>
        <source>%1: the value is missing although the step was reached (internal bortfall)</source>
        <translation>%1: uppgiften saknas fast steget har nåtts (internt bortfall)</translation>
    </message>
    <message>
        <source>Not shown: values under %1 are not reported, and some further values are hidden so that they cannot be worked out.</source>
        <translation>Visas inte: värden under %1 redovisas inte av sekretesskäl, och vissa ytterligare värden har dolts så att de inte kan räknas fram.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: all categories of the %2 scale together (the BBIC and IBIC scales are never added)</source>
        <translation>%1: alla kategorier i %2-skalan sammantaget (BBIC- och IBIC-skalorna läggs aldrig ihop)</translation>
    </message>
</context>
<context>
    <name>folja::ui::CrossTabView</name>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 in the table</source>
        <translation>%1 i tabellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: value missing %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: uppgift saknas %2</translation>
    </message>
    <message>
        <source>, uncertain answers %1</source>
        <translation>, osäkra svar %1</translation>
    </message>
    <message>
        <source>, not applicable %1 (left out)</source>
        <translation>, ej aktuellt %1 (utelämnade)</translation>
    </message>
    <message>
        <source>Bortfall — %1</source>
        <translation>Bortfall — %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 av %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): value missing %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): uppgift saknas %3</translation>
    </message>
</context>
<context>
    <name>folja::ui::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD.</source>
        <translation>Ange ett datum som finns, i formen ÅÅÅÅ-MM-DD.</translation>
    </message>
</context>
<context>
    <name>folja::ui::ExchangeMenu</name>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Utbyte</translation>
    </message>
    <message>
        <source>&amp;Send my cases…</source>
        <translation>&amp;Skicka mina ärenden…</translation>
    </message>
    <message>
        <source>&amp;Receive package…</source>
        <translation>&amp;Ta emot paket…</translation>
    </message>
</context>
<context>
    <name>folja::ui::FilterEditor</name>
    <message>
        <source>Målgrupper (none ticked: all)</source>
        <translation>Målgrupper (ingen ikryssad: alla)</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Lägg till villkor</translation>
    </message>
</context>
<context>
    <name>folja::ui::FilterRow</name>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Ta bort villkoret</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(uppgift saknas)</translation>
    </message>
    <message>
        <source>Choose values…</source>
        <translation>Välj värden…</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n värde</numerusform>
            <numerusform>%n värden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::HelpMenu</name>
    <message>
        <source>User manual</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <source>The user manual is not installed on this computer. It is part of the Följa package (/usr/share/doc/folja/%1).</source>
        <translation>Användarhandboken är inte installerad på den här datorn. Den ingår i Följa-paketet (/usr/share/doc/folja/%1).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Följa %1&lt;/h3&gt;&lt;p&gt;Systematic follow-up in social services.&lt;/p&gt;&lt;p&gt;Variable catalogue: %2&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Följa is free software: you may share and change it under the terms of the GNU General Public License, version 3 or later. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Följa %1&lt;/h3&gt;&lt;p&gt;Systematisk uppföljning i socialtjänsten.&lt;/p&gt;&lt;p&gt;Variabelkatalog: %2&lt;/p&gt;&lt;p&gt;Licens: GPL-3.0-or-later. Följa är fri programvara: du får sprida och ändra den enligt villkoren i GNU General Public License, version 3 eller senare. Den levereras utan garanti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User manual</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;About Följa</source>
        <translation>&amp;Om Följa</translation>
    </message>
    <message>
        <source>About Följa</source>
        <translation>Om Följa</translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportColumnsPage</name>
    <message>
        <source>Which column is which?</source>
        <translation>Vilken kolumn är vilken?</translation>
    </message>
    <message>
        <source>Each column of the file goes to one Följa variable, or is ignored on purpose. The suggestions come from the column names and the values in them.</source>
        <translation>Varje kolumn i filen går till en variabel i Följa, eller hoppas över med avsikt. Förslagen bygger på kolumnnamnen och värdena i kolumnerna.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Följa variable</source>
        <translation>Variabel i Följa</translation>
    </message>
    <message>
        <source>Målgrupp for every row (when no column has it):</source>
        <translation>Målgrupp för alla rader (när ingen kolumn har den):</translation>
    </message>
    <message>
        <source>Handläggare for every row (when no column has it):</source>
        <translation>Handläggare för alla rader (när ingen kolumn har den):</translation>
    </message>
    <message>
        <source>(personnummer)</source>
        <translation>(personnummer)</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(hoppas över)</translation>
    </message>
    <message>
        <source>(from a column)</source>
        <translation>(från en kolumn)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored (shown in grey); they are not imported.</source>
        <translation>
            <numerusform>%n kolumn hoppas över (visas i grått); den importeras inte.</numerusform>
            <numerusform>%n kolumner hoppas över (visas i grått); de importeras inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportDatesPage</name>
    <message>
        <source>How are the dates written?</source>
        <translation>Hur är datumen skrivna?</translation>
    </message>
    <message>
        <source>The format of each date column, as detected from its values. Confirm it or choose another; a date that does not fit is an error in the preview.</source>
        <translation>Formatet för varje datumkolumn, som det upptäckts ur värdena. Bekräfta det eller välj ett annat; ett datum som inte passar blir ett fel i förhandsgranskningen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Följa variable</source>
        <translation>Variabel i Följa</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Läses som</translation>
    </message>
    <message>
        <source>does not fit this format</source>
        <translation>passar inte formatet</translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Välj fil</translation>
    </message>
    <message>
        <source>An extract from your verksamhetssystem or an Excel sheet: CSV or text (UTF-8 or Windows-1252; semicolon, comma or tab between columns) or an Excel workbook (.xlsx).</source>
        <translation>Ett uttag ur ert verksamhetssystem eller ett Excel-blad: CSV eller text (UTF-8 eller Windows-1252; semikolon, komma eller tabb mellan kolumnerna) eller en Excel-arbetsbok (.xlsx).</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Sparad mappning:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Läses som:</translation>
    </message>
    <message>
        <source>A saved mapping remembers which column is which and how the values translate, so next month&apos;s extract is three clicks: choose the mapping, the file, and import.</source>
        <translation>En sparad mappning kommer ihåg vilken kolumn som är vilken och hur värdena översätts, så att nästa månads uttag är tre klick: välj mappningen, filen och importera.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Välj filen som ska importeras</translation>
    </message>
    <message>
        <source>Extracts (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Uttag (*.csv *.txt *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New mapping (suggested from the file)</source>
        <translation>Ny mappning (föreslås utifrån filen)</translation>
    </message>
    <message>
        <source>The file lacks columns the mapping expects: %1. Check the columns on the next page.</source>
        <translation>Filen saknar kolumner som mappningen förväntar sig: %1. Kontrollera kolumnerna på nästa sida.</translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet &quot;%2&quot;; %n column(s)</source>
        <translation>
            <numerusform>%1, bladet &quot;%2&quot;; %n kolumn</numerusform>
            <numerusform>%1, bladet &quot;%2&quot;; %n kolumner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Encoding %1, separator %2; %n column(s)</source>
        <translation>
            <numerusform>Teckenkodning %1, avgränsare %2; %n kolumn</numerusform>
            <numerusform>Teckenkodning %1, avgränsare %2; %n kolumner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportPreviewPage</name>
    <message numerus="yes">
        <source> … (%n in all)</source>
        <translation>
            <numerusform> … (%n totalt)</numerusform>
            <numerusform> … (%n totalt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The first rows as Följa will store them, and every problem of the whole file. Errors (fel) stop the import; warnings (varningar) do not.</source>
        <translation>De första raderna så som Följa kommer att lagra dem, och varje problem i hela filen. Fel stoppar importen; varningar gör det inte.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Export problems as CSV…</source>
        <translation>Exportera problemen som CSV…</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Export problems</source>
        <translation>Exportera problemen</translation>
    </message>
    <message>
        <source>importproblem.csv</source>
        <translation>importproblem.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The problems could not be written to %1.</source>
        <translation>Problemen kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Kontrollerar varje rad…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
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
            <numerusform>%n insats</numerusform>
            <numerusform>%n insatser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. No errors, %n warning(s): the file can be imported.</source>
        <translation>
            <numerusform>%1. Inga fel, %n varning: filen kan importeras.</numerusform>
            <numerusform>%1. Inga fel, %n varningar: filen kan importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n error(s): fix them (here or in the source file) before importing.</source>
        <translation>
            <numerusform>%1. %n fel: rätta det (här eller i källfilen) innan du importerar.</numerusform>
            <numerusform>%1. %n fel: rätta dem (här eller i källfilen) innan du importerar.</numerusform>
        </translation>
    </message>
    <message>
        <source>fel</source>
        <translation>fel</translation>
    </message>
    <message>
        <source>varning</source>
        <translation>varning</translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>All or nothing: either every row is imported, or nothing changes. Ärenden already in Följa are updated by their ärende-id. The import is recorded in the audit log.</source>
        <translation>Allt eller inget: antingen importeras varje rad, eller så ändras ingenting. Ärenden som redan finns i Följa uppdateras via sitt ärende-id. Importen loggas i granskningsloggen.</translation>
    </message>
    <message>
        <source>Save the mapping for next time as:</source>
        <translation>Spara mappningen till nästa gång som:</translation>
    </message>
    <message>
        <source>e.g. Treserva-uttag</source>
        <translation>t.ex. Treserva-uttag</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen avbröts; ingenting ändrades.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n error(s). Go back to the preview to see them.</source>
        <translation>
            <numerusform>Ingenting importerades: %n fel. Gå tillbaka till förhandsgranskningen för att se det.</numerusform>
            <numerusform>Ingenting importerades: %n fel. Gå tillbaka till förhandsgranskningen för att se dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged ärenden.</source>
        <translation>Importerat: %1 nya, %2 uppdaterade, %3 oförändrade ärenden.</translation>
    </message>
    <message>
        <source>The mapping is saved as &quot;%1&quot;.</source>
        <translation>Mappningen är sparad som &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Mappningen kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportValuesPage</name>
    <message>
        <source>What do the values mean?</source>
        <translation>Vad betyder värdena?</translation>
    </message>
    <message>
        <source>Every distinct value of the mapped columns, with how often it occurs. Codes and labels are recognised regardless of case and spacing, SKL 2019 names through the catalogue&apos;s table. Choose a value where Följa cannot decide.</source>
        <translation>Varje förekommande värde i de mappade kolumnerna, med hur ofta det förekommer. Koder och benämningar känns igen oavsett stora eller små bokstäver och mellanrum, namn från SKL 2019 via katalogens tabell. Välj ett värde där Följa inte kan avgöra.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Värde i filen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Följa value</source>
        <translation>Värde i Följa</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <source>(empty: bortfall)</source>
        <translation>(tomt: bortfall)</translation>
    </message>
    <message>
        <source> (2019 table)</source>
        <translation> (2019 års tabell)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— välj —</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>igenkänt</translation>
    </message>
    <message>
        <source>saved choice</source>
        <translation>sparat val</translation>
    </message>
    <message>
        <source>SKL 2019 → SKR 2024</source>
        <translation>SKL 2019 → SKR 2024</translation>
    </message>
    <message>
        <source>choose: 2019 value with several 2024 values</source>
        <translation>välj: 2019 års värde med flera värden 2024</translation>
    </message>
    <message>
        <source>choose: not recognised</source>
        <translation>välj: känns inte igen</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>ditt val</translation>
    </message>
    <message>
        <source>Every value is decided.</source>
        <translation>Alla värden är bestämda.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) still to choose; rows with them are errors in the preview.</source>
        <translation>
            <numerusform>%n värde återstår att välja; rader med det blir fel i förhandsgranskningen.</numerusform>
            <numerusform>%n värden återstår att välja; rader med dem blir fel i förhandsgranskningen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::ImportWizard</name>
    <message>
        <source>Import from another system</source>
        <translation>Importera från annat system</translation>
    </message>
</context>
<context>
    <name>folja::ui::LeadTimesView</name>
    <message>
        <source>Lead time</source>
        <translation>Ledtid</translation>
    </message>
    <message>
        <source>Aktualisering → beslut</source>
        <translation>Aktualisering → beslut</translation>
    </message>
    <message>
        <source>Beslut → verkställande</source>
        <translation>Beslut → verkställande</translation>
    </message>
    <message>
        <source>Verkställande → avslut</source>
        <translation>Verkställande → avslut</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (dagar)</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Nedre kvartil</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Övre kvartil</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Days between the two dates, per %1. Bortfall (end step reached, a date missing or out of order): %2. Not reached yet: %3.</source>
        <translation>Dagar mellan de två datumen, per %1. Bortfall (slutsteget nått men ett datum saknas eller är i fel ordning): %2. Ännu inte nått: %3.</translation>
    </message>
    <message>
        <source>ärende</source>
        <translation>ärende</translation>
    </message>
    <message>
        <source>insats</source>
        <translation>insats</translation>
    </message>
</context>
<context>
    <name>folja::ui::LocalValueDialog</name>
    <message>
        <source>New local value for %1</source>
        <translation>Nytt lokalt värde för %1</translation>
    </message>
    <message>
        <source>A local value refines an SKR value for the kommun&apos;s own follow-up. Statistics and exports count it as the SKR value it belongs to.</source>
        <translation>Ett lokalt värde fördjupar ett SKR-värde för kommunens egen uppföljning. Statistik och export räknar det som det SKR-värde det hör till.</translation>
    </message>
    <message>
        <source>Counted as SKR value</source>
        <translation>Räknas som SKR-värde</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Capital letters A–Z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, e.g. LOKAL.HEMLOSHET.</source>
        <translation>Versaler A–Z, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos;, t.ex. LOKAL.HEMLOSHET.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>&amp;Counted as:</source>
        <translation>&amp;Räknas som:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Benämning:</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Lägg till värde</translation>
    </message>
    <message>
        <source>This variable has no value that can be refined for the chosen target group.</source>
        <translation>Variabeln har inget värde som kan fördjupas för den valda målgruppen.</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>Ange en kod.</translation>
    </message>
    <message>
        <source>Enter a label.</source>
        <translation>Ange en benämning.</translation>
    </message>
</context>
<context>
    <name>folja::ui::LockWidget</name>
    <message>
        <source>Följa was locked because it was not used for a while. Enter your password to continue where you were.</source>
        <translation>Följa låstes eftersom programmet inte användes på en stund. Ange ditt lösenord för att fortsätta där du var.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <source>Locked – signed in as %1</source>
        <translation>Låst – inloggad som %1</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
</context>
<context>
    <name>folja::ui::MainWindow</name>
    <message>
        <source>Följa</source>
        <translation>Följa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mina ärenden</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>Följa — DEMO (synthetic data)</source>
        <translation>Följa — DEMO (påhittade data)</translation>
    </message>
    <message>
        <source>Locking…</source>
        <translation>Låser…</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Kontrollerar lösenordet…</translation>
    </message>
    <message>
        <source>&amp;Import from another system…</source>
        <translation>&amp;Importera från annat system…</translation>
    </message>
    <message>
        <source>Several wrong passwords: waiting %1 s before the next attempt…</source>
        <translation>Flera felaktiga lösenord: väntar %1 s före nästa försök …</translation>
    </message>
    <message>
        <source>The user name or password is wrong. After several wrong passwords each new attempt waits longer: the next one waits %1 s.</source>
        <translation>Användarnamnet eller lösenordet är fel. Efter flera felaktiga lösenord väntar varje nytt försök längre: nästa försök väntar %1 s.</translation>
    </message>
    <message>
        <source>%1 — wrong recovery code</source>
        <translation>%1 — fel återställningskod</translation>
    </message>
    <message>
        <source>%1 — a user name that has no account</source>
        <translation>%1 — ett användarnamn som inte har något konto</translation>
    </message>
    <message>
        <source>%1 — wrong password for %2</source>
        <translation>%1 — fel lösenord för %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) since an administratör last looked:</source>
        <translation>
            <numerusform>%n misslyckad inloggning sedan en administratör senast tittade:</numerusform>
            <numerusform>%n misslyckade inloggningar sedan en administratör senast tittade:</numerusform>
        </translation>
    </message>
    <message>
        <source>(the latest %1 shown; all are in the audit log)</source>
        <translation>(de senaste %1 visas; alla finns i granskningsloggen)</translation>
    </message>
    <message>
        <source>%1 older failed sign-ins were not kept.</source>
        <translation>%1 äldre misslyckade inloggningar sparades inte.</translation>
    </message>
    <message>
        <source>They are now recorded in the audit log (Administration). Many wrong passwords for one account can mean that someone is guessing it.</source>
        <translation>De finns nu i granskningsloggen (Administration). Många felaktiga lösenord för ett konto kan betyda att någon försöker gissa det.</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Misslyckade inloggningar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>folja::ui::MicrodataWidget</name>
    <message>
        <source>Pseudonymised microdata for a regional partner (FoU, RSS) or a researcher: one row per insats, with a description of every column. The personnummer is replaced by a pseudonym that is the same in every export to the same recipient and different for every other recipient. Comments, handläggare, enheter and skyddade personer are never included. Pseudonymised data are still personal data: hand them over only under an agreement. Every export is logged.</source>
        <translation>Pseudonymiserade mikrodata till en regional samarbetspart (FoU, RSS) eller en forskare: en rad per insats, med en beskrivning av varje kolumn. Personnumret ersätts av en pseudonym som är densamma i alla uttag till samma mottagare och olika för alla andra mottagare. Kommentarer, handläggare, enheter och skyddade personer tas aldrig med. Pseudonymiserade uppgifter är fortfarande personuppgifter: lämna bara ut dem enligt avtal. Varje uttag loggas.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Uttag</translation>
    </message>
    <message>
        <source>e.g. FoU Nordost</source>
        <translation>t.ex. FoU Nordost</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Only ärenden aktualiserade in a period</source>
        <translation>Bara ärenden aktualiserade under en period</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Month (recommended)</source>
        <translation>Månad (rekommenderas)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>&amp;Dates given by:</source>
        <translation>&amp;Datum anges per:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>En ny eller tom mapp</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>M&amp;app:</translation>
    </message>
    <message>
        <source>Export microdata</source>
        <translation>Ta ut mikrodata</translation>
    </message>
    <message>
        <source>Where should the microdata folder go?</source>
        <translation>Var ska mappen med mikrodata ligga?</translation>
    </message>
    <message>
        <source>%1 insatser for %2 persons were written to %3.</source>
        <translation>%1 insatser för %2 personer har skrivits till %3.</translation>
    </message>
    <message>
        <source>%1 insatser of skyddade personer were left out.</source>
        <translation>%1 insatser för skyddade personer togs inte med.</translation>
    </message>
</context>
<context>
    <name>folja::ui::MinaArendenWidget</name>
    <message>
        <source>Search case number</source>
        <translation>Sök ärendenummer</translation>
    </message>
    <message>
        <source>Target group filter</source>
        <translation>Filtrera på målgrupp</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtrera på status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Only with missing data</source>
        <translation>Bara med bortfall</translation>
    </message>
    <message>
        <source>Show sex and age</source>
        <translation>Visa kön och ålder</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nytt ärende</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Nytt ärende (Ctrl+N)</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mina ärenden</translation>
    </message>
    <message>
        <source>Showing %1 of %2 cases</source>
        <translation>Visar %1 av %2 ärenden</translation>
    </message>
</context>
<context>
    <name>folja::ui::ModeBanner</name>
    <message>
        <source>&lt;b&gt;Publication&lt;/b&gt; — values below %1 are hidden (shown as ..) together with the values they could be worked out from. Safe to export.</source>
        <translation>&lt;b&gt;Publicering&lt;/b&gt; — värden under %1 döljs (visas som ..) tillsammans med de värden de skulle kunna räknas fram ur. Kan exporteras.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal analysis — not for publication.&lt;/b&gt; Small values are shown. Nothing can be exported; switch back to publication to export.</source>
        <translation>&lt;b&gt;Intern analys — Ej för publicering.&lt;/b&gt; Små värden visas. Ingenting kan exporteras; byt tillbaka till publicering för att exportera.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publication&lt;/b&gt; — every value is changed at random by at most ±%1 to protect individuals (the same records always give the same value), so totals can differ from the sum of their parts. A changed value below %2 is shown as .., so a number shown always stands for at least %3. Safe to export.</source>
        <translation>&lt;b&gt;Publicering&lt;/b&gt; — varje värde har ändrats slumpmässigt med högst ±%1 för att skydda enskilda (samma poster ger alltid samma värde), så summor kan avvika från summan av delarna. Ett ändrat värde under %2 visas som .., så ett tal som visas står alltid för minst %3. Kan exporteras.</translation>
    </message>
</context>
<context>
    <name>folja::ui::MoveArendenModel</name>
    <message>
        <source>Case number</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>folja::ui::MoveArendenWidget</name>
    <message>
        <source>Move cases when a case worker leaves or their caseload changes. Cases are shown by case number only. Every move is recorded in the audit log.</source>
        <translation>Flytta ärenden när en handläggare slutar eller när ärendefördelningen ändras. Ärendena visas bara med ärendenummer. Varje flytt skrivs i loggen.</translation>
    </message>
    <message>
        <source>Move from case worker</source>
        <translation>Flytta från handläggare</translation>
    </message>
    <message>
        <source>&amp;From case worker:</source>
        <translation>&amp;Från handläggare:</translation>
    </message>
    <message>
        <source>Cases of the chosen case worker</source>
        <translation>Den valda handläggarens ärenden</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Markera &amp;inga</translation>
    </message>
    <message>
        <source>&amp;To case worker:</source>
        <translation>&amp;Till handläggare:</translation>
    </message>
    <message>
        <source>Move to case worker</source>
        <translation>Flytta till handläggare</translation>
    </message>
    <message>
        <source>&amp;Move ticked…</source>
        <translation>&amp;Flytta markerade…</translation>
    </message>
    <message>
        <source>Move a&amp;ll cases…</source>
        <translation>Flytta a&amp;lla ärenden…</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n case(s)</source>
        <translation>
            <numerusform>%1 – %n ärende</numerusform>
            <numerusform>%1 – %n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(inaktiverat)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 ticked</source>
        <translation>
            <numerusform>%n av %1 markerat</numerusform>
            <numerusform>%n av %1 markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n ticked case(s)</source>
        <translation>
            <numerusform>det %n markerade ärendet</numerusform>
            <numerusform>de %n markerade ärendena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n case(s)</source>
        <translation>
            <numerusform>alla %n ärende</numerusform>
            <numerusform>alla %n ärenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cases?</source>
        <translation>Flytta ärenden?</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3? %3 becomes responsible for them and %2 no longer sees them.</source>
        <translation>Flytta %1 från %2 till %3? %3 blir ansvarig och %2 ser dem inte längre.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) moved from %1 to %2.</source>
        <translation>
            <numerusform>%n ärende flyttades från %1 till %2.</numerusform>
            <numerusform>%n ärenden flyttades från %1 till %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation>Bokstäverna a–z, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos; (2–64 tecken).</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Visningsnamn:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Skapa konto</translation>
    </message>
    <message>
        <source>User names may only use letters a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (2–64 characters).</source>
        <translation>Användarnamn får bara innehålla bokstäverna a–z, siffror, &apos;.&apos;, &apos;_&apos; och &apos;-&apos; (2–64 tecken).</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Välj minst en roll.</translation>
    </message>
</context>
<context>
    <name>folja::ui::PasswordFields</name>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Upprepa lösenordet</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nytt &amp;lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>folja::ui::QueryPanel</name>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Swap rows and columns</source>
        <translation>Byt plats på rader och kolumner</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Insatser</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>Ärenden</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Uppföljningar</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <source>What one counted record is</source>
        <translation>Vad som räknas som en post</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Räkna</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>Händelser under perioden</translation>
    </message>
    <message>
        <source>Ongoing at some time in the period</source>
        <translation>Pågående någon gång under perioden</translation>
    </message>
    <message>
        <source>Status on a date</source>
        <translation>Läget på ett datum</translation>
    </message>
    <message>
        <source>Automatic (by what is counted)</source>
        <translation>Automatiskt (efter vad som räknas)</translation>
    </message>
    <message>
        <source>Aktualisering</source>
        <translation>Aktualisering</translation>
    </message>
    <message>
        <source>Beslut</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Verkställande</source>
        <translation>Verkställande</translation>
    </message>
    <message>
        <source>Avslut</source>
        <translation>Avslut</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Which event has to fall in the period</source>
        <translation>Vilken händelse som ska ligga i perioden</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Latest uppföljning in the period</source>
        <translation>Senaste uppföljningen i perioden</translation>
    </message>
    <message>
        <source>Last uppföljning at avslut</source>
        <translation>Sista uppföljningen vid avslut</translation>
    </message>
    <message>
        <source>Which uppföljning answers for an insats (måluppfyllelse, SIP, brukarfrågor)</source>
        <translation>Vilken uppföljning som gäller för en insats (måluppfyllelse, SIP, brukarfrågor)</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>Age bands</source>
        <translation>Åldersgrupper</translation>
    </message>
    <message>
        <source>Age groups as from-to, separated by commas, e.g. 0-13,14-21,22-64,65-79,80-. Age is counted on the first day of the period.</source>
        <translation>Åldersgrupper som från-till, åtskilda med kommatecken, t.ex. 0-13,14-21,22-64,65-79,80-. Åldern räknas på periodens första dag.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Counts (n)</source>
        <translation>Antal (n)</translation>
    </message>
    <message>
        <source>Row percent</source>
        <translation>Radprocent</translation>
    </message>
    <message>
        <source>Column percent</source>
        <translation>Kolumnprocent</translation>
    </message>
    <message>
        <source>Percent of total</source>
        <translation>Procent av totalen</translation>
    </message>
    <message>
        <source>95 % intervals</source>
        <translation>95 %-intervall</translation>
    </message>
    <message>
        <source>Categories without records</source>
        <translation>Kategorier utan poster</translation>
    </message>
    <message>
        <source>Internal analysis (not for publication)</source>
        <translation>Intern analys (ej för publicering)</translation>
    </message>
    <message>
        <source>Shows small values on screen only. Logged. Nothing can be exported.</source>
        <translation>Visar små värden, bara på skärmen. Loggas. Ingenting kan exporteras.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The period&apos;s start is not a date (YYYY-MM-DD).</source>
        <translation>Periodens början är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The period&apos;s end is not a date (YYYY-MM-DD).</source>
        <translation>Periodens slut är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Perioden börjar efter att den slutar.</translation>
    </message>
    <message>
        <source>Status on a date needs the date.</source>
        <translation>Läget på ett datum kräver ett datum.</translation>
    </message>
    <message>
        <source>Age bands: %1</source>
        <translation>Åldersgrupper: %1</translation>
    </message>
    <message>
        <source>The same variable is chosen twice.</source>
        <translation>Samma variabel är vald två gånger.</translation>
    </message>
    <message>
        <source>Choose columns before layers.</source>
        <translation>Välj kolumner innan du väljer lager.</translation>
    </message>
    <message>
        <source>Tables for publication cover whole months (from the first to the last day of a month) and use the standard or the administrator&apos;s preset age bands, so that two tables cannot be compared day by day. Internal analysis may use any dates.</source>
        <translation>Tabeller för publicering omfattar hela månader (från den första till den sista dagen i en månad) och använder standardåldersgrupperna eller administratörens förinställda åldersgrupper, så att två tabeller inte kan jämföras dag för dag. Intern analys får använda valfria datum.</translation>
    </message>
</context>
<context>
    <name>folja::ui::ReceivePackageDialog</name>
    <message>
        <source>Receive package</source>
        <translation>Ta emot paket</translation>
    </message>
    <message>
        <source>Brings a handläggare&apos;s exchange package into this database. Ärenden already here are matched and updated; where an ärende was changed both here and in the package since the last exchange, the newer change is kept and the conflict report lists it. A damaged or altered package, or a wrong passphrase, changes nothing.</source>
        <translation>För in en handläggares utbytespaket i den här databasen. Ärenden som redan finns här matchas och uppdateras; där ett ärende har ändrats både här och i paketet sedan förra utbytet behålls den senaste ändringen och konfliktrapporten visar det. Ett skadat eller ändrat paket, eller fel lösenfras, ändrar ingenting.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Transfer &amp;passphrase:</source>
        <translation>Överförings&amp;lösenfras:</translation>
    </message>
    <message>
        <source>The package&apos;s own handläggare</source>
        <translation>Paketets egen handläggare</translation>
    </message>
    <message>
        <source>Give the ärenden to %1</source>
        <translation>Ge ärendena till %1</translation>
    </message>
    <message>
        <source>&amp;Handläggare:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Ta emot</translation>
    </message>
    <message>
        <source>Choose the package to receive.</source>
        <translation>Välj paketet som ska tas emot.</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Öppnar paketet…</translation>
    </message>
    <message>
        <source>Not received: %1 Nothing was changed.</source>
        <translation>Inte mottaget: %1 Ingenting har ändrats.</translation>
    </message>
    <message numerus="yes">
        <source>Received: %1 new, %2 updated, %3 unchanged, %4 kept as they were here; %n conflict(s).</source>
        <translation>
            <numerusform>Mottaget: %1 nya, %2 uppdaterade, %3 oförändrade, %4 behölls som de var här; %n konflikt.</numerusform>
            <numerusform>Mottaget: %1 nya, %2 uppdaterade, %3 oförändrade, %4 behölls som de var här; %n konflikter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::RecoveryDialog</name>
    <message>
        <source>Forgotten password</source>
        <translation>Glömt lösenord</translation>
    </message>
    <message>
        <source>The recovery code was shown once when the database %1 was created, to be printed and kept locked away (often by the administratör or IT). It opens the database without a password: enter it with your user name and choose a new password. The code you use stops working; you will get a new one to keep instead.</source>
        <translation>Återställningskoden visades en gång när databasen %1 skapades, för att skrivas ut och förvaras inlåst (ofta hos administratören eller IT). Den öppnar databasen utan lösenord: ange den tillsammans med ditt användarnamn och välj ett nytt lösenord. Koden du använder slutar att fungera; du får en ny att förvara i stället.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Återställningskod</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Upprepa det nya lösenordet</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Återställnings&amp;kod:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Kontrollerar återställningskoden …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Sätt nytt lösenord</translation>
    </message>
    <message>
        <source>Your new password is set and you are signed in. The recovery code you used no longer works. This is the new recovery code; it is shown only now. Write it down and keep it locked away where the old one was.</source>
        <translation>Ditt nya lösenord är satt och du är inloggad. Återställningskoden du använde fungerar inte längre. Detta är den nya återställningskoden; den visas bara nu. Skriv ner den och förvara den inlåst där den gamla fanns.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Ny återställningskod</translation>
    </message>
    <message>
        <source>I have &amp;written down the new recovery code and will keep it locked away</source>
        <translation>Jag har &amp;skrivit ner den nya återställningskoden och förvarar den inlåst</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>De två nya lösenorden är inte lika.</translation>
    </message>
</context>
<context>
    <name>folja::ui::ResetPasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nytt lösenord för %1</translation>
    </message>
    <message>
        <source>%1 gets a new password; the old one stops working at once. Give the new password to %1 in person, never by e-mail.</source>
        <translation>%1 får ett nytt lösenord; det gamla slutar fungera direkt. Lämna det nya lösenordet till %1 personligen, aldrig via e-post.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
</context>
<context>
    <name>folja::ui::RoleChecks</name>
    <message>
        <source>Registers and reads only their own cases.</source>
        <translation>Registrerar och läser bara sina egna ärenden.</translation>
    </message>
    <message>
        <source>Sees aggregated statistics only, never individual cases.</source>
        <translation>Ser bara sammanställd statistik, aldrig enskilda ärenden.</translation>
    </message>
    <message>
        <source>Accounts, settings, moving cases, catalogue and gallring.</source>
        <translation>Konton, inställningar, flytt av ärenden, katalog och gallring.</translation>
    </message>
</context>
<context>
    <name>folja::ui::RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>Roller för %1</translation>
    </message>
    <message>
        <source>Roles of %1:</source>
        <translation>Roller för %1:</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Ändra roller</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Välj minst en roll.</translation>
    </message>
</context>
<context>
    <name>folja::ui::SendPackageDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Följa exchange packages (*.foljapaket);;All files (*)</source>
        <translation>Utbytespaket från Följa (*.foljapaket);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save exchange package</source>
        <translation>Spara utbytespaket</translation>
    </message>
    <message>
        <source>Open exchange package</source>
        <translation>Öppna utbytespaket</translation>
    </message>
    <message>
        <source>Send my cases</source>
        <translation>Skicka mina ärenden</translation>
    </message>
    <message>
        <source>Makes an exchange package of your own ärenden, with their persons, insatser, uppföljningar and comments, for the SU-team&apos;s database. The package is one encrypted file: without the transfer passphrase nothing in it can be read. Agree on the passphrase with the receiver in person or by phone, never in the same e-mail as the file.</source>
        <translation>Gör ett utbytespaket av dina egna ärenden, med personer, insatser, uppföljningar och kommentarer, till SU-teamets databas. Paketet är en enda krypterad fil: utan överföringslösenfrasen går ingenting i den att läsa. Kom överens om lösenfrasen med mottagaren personligen eller per telefon, aldrig i samma e-post som filen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Only ärenden changed since</source>
        <translation>Bara ärenden ändrade sedan</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>minst %1 tecken</translation>
    </message>
    <message>
        <source>Transfer &amp;passphrase:</source>
        <translation>Överförings&amp;lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Välj var paketet ska sparas.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
    <message>
        <source>Encrypting the package…</source>
        <translation>Krypterar paketet…</translation>
    </message>
    <message>
        <source>Not sent: %1 Nothing was changed.</source>
        <translation>Inte skickat: %1 Ingenting har ändrats.</translation>
    </message>
    <message numerus="yes">
        <source>%n ärende(n) with %1 insatser saved in %2 (%3). Give the file and, separately, the passphrase to the SU-team.</source>
        <translation>
            <numerusform>%n ärende med %1 insatser sparat i %2 (%3). Lämna filen och, separat, lösenfrasen till SU-teamet.</numerusform>
            <numerusform>%n ärenden med %1 insatser sparade i %2 (%3). Lämna filen och, separat, lösenfrasen till SU-teamet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::SettingsWidget</name>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Automatiskt lås</translation>
    </message>
    <message>
        <source>Minutes before the idle lock</source>
        <translation>Minuter innan automatiskt lås</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Följa locks itself after this many minutes without use; only the password opens it again.</source>
        <translation>Följa låser sig efter så här många minuter utan användning; bara lösenordet öppnar igen.</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lås efter:</translation>
    </message>
    <message>
        <source>Small cells in statistics</source>
        <translation>Små celler i statistik</translation>
    </message>
    <message>
        <source>Smallest published cell</source>
        <translation>Minsta publicerade cell</translation>
    </message>
    <message>
        <source>Published tables hide counts from 1 up to this value minus one, so that no person can be recognised (3–10; 5 is the usual choice).</source>
        <translation>Publicerade tabeller döljer antal från 1 upp till det här värdet minus ett, så att ingen person kan kännas igen (3–10; 5 är det vanliga valet).</translation>
    </message>
    <message>
        <source>Smallest &amp;cell (k):</source>
        <translation>Minsta &amp;cell (k):</translation>
    </message>
    <message>
        <source>Gallring</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Years before gallring</source>
        <translation>År innan gallring</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Closed cases are removed for good this many years after they were closed. Open cases are never removed.</source>
        <translation>Avslutade ärenden tas bort för gott så här många år efter att de avslutades. Öppna ärenden tas aldrig bort.</translation>
    </message>
    <message>
        <source>Remove &amp;after:</source>
        <translation>Gallra &amp;efter:</translation>
    </message>
    <message numerus="yes">
        <source>Följa now locks after %n minute(s) without use.</source>
        <translation>
            <numerusform>Följa låser sig nu efter %n minut utan användning.</numerusform>
            <numerusform>Följa låser sig nu efter %n minuter utan användning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published tables now hide counts below %1.</source>
        <translation>Publicerade tabeller döljer nu antal under %1.</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are now removed %n year(s) after closing.</source>
        <translation>
            <numerusform>Avslutade ärenden gallras nu %n år efter avslut.</numerusform>
            <numerusform>Avslutade ärenden gallras nu %n år efter avslut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was closed before %1: nothing to remove.</source>
        <translation>Inget ärende avslutades före %1: inget att gallra.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were closed before %1 and are due for gallring.</source>
        <translation>
            <numerusform>%n ärende avslutades före %1 och ska gallras.</numerusform>
            <numerusform>%n ärenden avslutades före %1 och ska gallras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run gallring now?</source>
        <translation>Gallra nu?</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) with their interventions and follow-ups are removed for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n avslutat ärende med insatser och uppföljningar tas bort för gott. Det går inte att ångra.</numerusform>
            <numerusform>%n avslutade ärenden med insatser och uppföljningar tas bort för gott. Det går inte att ångra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Ta bort för gott</translation>
    </message>
    <message numerus="yes">
        <source>Gallring done: %n case(s) removed.</source>
        <translation>
            <numerusform>Gallring klar: %n ärende togs bort.</numerusform>
            <numerusform>Gallring klar: %n ärenden togs bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &amp;gallring now…</source>
        <translation>&amp;Gallra nu…</translation>
    </message>
    <message>
        <source>Protection method of published tables</source>
        <translation>Skyddsmetod för publicerade tabeller</translation>
    </message>
    <message>
        <source>Cell Key Method: small random changes</source>
        <translation>Cell Key-metoden: små slumpmässiga ändringar</translation>
    </message>
    <message>
        <source>Suppression: small values hidden</source>
        <translation>Undertryckning: små värden döljs</translation>
    </message>
    <message>
        <source>The Cell Key Method changes every published count, totals included, by at most ±2 at random, the same way wherever the same records are counted, so that comparing two tables reveals nothing about a single person; small counts are shown as &quot;..&quot;. Suppression hides small counts and the counts they could be derived from instead, but cannot stop tables for different periods from being compared.</source>
        <translation>Cell Key-metoden ändrar varje publicerat antal, även summor, slumpmässigt med högst ±2, på samma sätt överallt där samma poster räknas, så att en jämförelse av två tabeller inte avslöjar något om en enskild person; små antal redovisas som &quot;..&quot;. Undertryckning döljer i stället små antal och de antal de kan räknas fram ur, men kan inte hindra att tabeller för olika perioder jämförs.</translation>
    </message>
    <message>
        <source>&amp;Protection method:</source>
        <translation>&amp;Skyddsmetod:</translation>
    </message>
    <message>
        <source>Published tables are now protected with the Cell Key Method.</source>
        <translation>Publicerade tabeller skyddas nu med Cell Key-metoden.</translation>
    </message>
    <message>
        <source>Published tables are now protected by suppression.</source>
        <translation>Publicerade tabeller skyddas nu genom undertryckning.</translation>
    </message>
</context>
<context>
    <name>folja::ui::SignInWidget</name>
    <message>
        <source>Följa</source>
        <translation>Följa</translation>
    </message>
    <message>
        <source>Systematic follow-up in social services</source>
        <translation>Systematisk uppföljning i socialtjänsten</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasfil</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Inloggningsfel</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Open Följa database</source>
        <translation>Öppna Följa-databas</translation>
    </message>
    <message>
        <source>Följa databases (*.folja);;All files (*)</source>
        <translation>Följa-databaser (*.folja);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Checking the password and opening the database…</source>
        <translation>Kontrollerar lösenordet och öppnar databasen…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Loggar in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery code</source>
        <translation>Glömt lösenordet? Använd återställningskod</translation>
    </message>
    <message>
        <source>Choose the database first.</source>
        <translation>Välj databas först.</translation>
    </message>
</context>
<context>
    <name>folja::ui::TrendsView</name>
    <message>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Aktualiseringar</source>
        <translation>Aktualiseringar</translation>
    </message>
    <message>
        <source>Beslut on insatser</source>
        <translation>Beslut om insatser</translation>
    </message>
    <message>
        <source>Ended insatser</source>
        <translation>Avslutade insatser</translation>
    </message>
    <message>
        <source>Ongoing insatser (end of period)</source>
        <translation>Pågående insatser (vid periodens slut)</translation>
    </message>
    <message>
        <source>Trends need a period with a start and an end.</source>
        <translation>Trender kräver en period med början och slut.</translation>
    </message>
    <message>
        <source>Counts per period with the selection&apos;s filters; the table&apos;s dimensions and unit do not apply here.</source>
        <translation>Antal per period med urvalets villkor; tabellens dimensioner och enhet gäller inte här.</translation>
    </message>
</context>
<context>
    <name>folja::ui::ValueVisibilityModel</name>
    <message>
        <source>Local</source>
        <translation>Lokalt</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Local deepening</source>
        <translation>Lokal fördjupning</translation>
    </message>
    <message>
        <source>Counted as %1</source>
        <translation>Räknas som %1</translation>
    </message>
</context>
<context>
    <name>folja::ui::VariableChoices</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>%1, by year</source>
        <translation>%1, per år</translation>
    </message>
    <message>
        <source>%1, by quarter</source>
        <translation>%1, per kvartal</translation>
    </message>
    <message>
        <source>%1, by month</source>
        <translation>%1, per månad</translation>
    </message>
    <message>
        <source>%1, parent level (KSI)</source>
        <translation>%1, överordnad nivå (KSI)</translation>
    </message>
</context>
<context>
    <name>folja::ui::VariableVisibilityModel</name>
    <message>
        <source>Yes (SKR)</source>
        <translation>Ja (SKR)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Processteg</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
</context>
<context>
    <name>folja::ui::charts</name>
    <message>
        <source>Grouped bars</source>
        <translation>Grupperade staplar</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Staplade staplar</translation>
    </message>
    <message>
        <source>Stacked bars, 100 %</source>
        <translation>Staplade staplar, 100 %</translation>
    </message>
    <message>
        <source>Horizontal bars</source>
        <translation>Liggande staplar</translation>
    </message>
    <message>
        <source>Share of the row (%)</source>
        <translation>Andel av raden (%)</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Antal personer</translation>
    </message>
    <message>
        <source>Number of ärenden</source>
        <translation>Antal ärenden</translation>
    </message>
    <message>
        <source>Number of insatser</source>
        <translation>Antal insatser</translation>
    </message>
    <message>
        <source>Number of uppföljningar</source>
        <translation>Antal uppföljningar</translation>
    </message>
    <message>
        <source>%1: all values together.</source>
        <translation>%1: alla värden sammantaget.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (fewer than %1, or hidden so that they cannot be derived; &quot;..&quot; in the table): %2.</source>
        <translation>Visas inte av röjandeskyddsskäl (färre än %1, eller dolda så att de inte kan räknas fram; &quot;..&quot; i tabellen): %2.</translation>
    </message>
    <message>
        <source>Shares of the row&apos;s records with a valid answer; hidden values are left out, so a bar can end below 100 %.</source>
        <translation>Andelar av radens poster med giltigt svar; dolda värden är utelämnade, så en stapel kan sluta under 100 %.</translation>
    </message>
    <message>
        <source>Uppgift saknas (grey, hatched): %1 is missing for %2 records (internal bortfall).</source>
        <translation>Uppgift saknas (grå, streckad): %1 saknas för %2 poster (internt bortfall).</translation>
    </message>
    <message>
        <source>Not shown: %1 is missing for %2 records (internal bortfall).</source>
        <translation>Visas inte: %1 saknas för %2 poster (internt bortfall).</translation>
    </message>
    <message>
        <source>Aktualiseringar</source>
        <translation>Aktualiseringar</translation>
    </message>
    <message>
        <source>Beslut om insats</source>
        <translation>Beslut om insats</translation>
    </message>
    <message>
        <source>Avslutade insatser</source>
        <translation>Avslutade insatser</translation>
    </message>
    <message>
        <source>Pågående insatser</source>
        <translation>Pågående insatser</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (fewer than %1; a gap in the line): %2.</source>
        <translation>Visas inte av röjandeskyddsskäl (färre än %1; ett avbrott i linjen): %2.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Quartiles and median</source>
        <translation>Kvartiler och median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>The box spans the middle half of the records (lower to upper quartile); the thick line is the median, the diamond the mean.</source>
        <translation>Lådan omfattar den mittersta hälften av posterna (nedre till övre kvartil); det tjocka strecket är medianen, romben medelvärdet.</translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (fewer than %1 records, or hidden so that they cannot be derived): %2.</source>
        <translation>Visas inte av röjandeskyddsskäl (färre än %1 poster, eller dolda så att de inte kan räknas fram): %2.</translation>
    </message>
    <message>
        <source>Bortfall (a date missing or out of order): %1 records.</source>
        <translation>Bortfall (datum saknas eller i fel ordning): %1 poster.</translation>
    </message>
    <message>
        <source>The resolution must be 50 to 1200 dpi, not %1.</source>
        <translation>Upplösningen måste vara 50–1200 dpi, inte %1.</translation>
    </message>
    <message>
        <source>%1: the chart can be saved as .png, .svg or .pdf.</source>
        <translation>%1: diagrammet kan sparas som .png, .svg eller .pdf.</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Diagrammet kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Uppgift saknas</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n värde</numerusform>
            <numerusform>%n värden</numerusform>
        </translation>
    </message>
    <message>
        <source>No chart: every published value is 0.</source>
        <translation>Inget diagram: alla publicerade värden är 0.</translation>
    </message>
    <message>
        <source>No chart: every share of a row is hidden (&quot;..&quot; in the table), so there is nothing to draw.</source>
        <translation>Inget diagram: alla andelar av raderna är dolda (&quot;..&quot; i tabellen), så det finns inget att rita.</translation>
    </message>
    <message>
        <source>No chart: every value is hidden (&quot;..&quot; in the table), so there is nothing to draw.</source>
        <translation>Inget diagram: alla värden är dolda (&quot;..&quot; i tabellen), så det finns inget att rita.</translation>
    </message>
    <message>
        <source>Not shown for confidentiality reasons (a changed value below %1; &quot;..&quot; in the table): %2.</source>
        <translation>Visas inte av röjandeskyddsskäl (ett ändrat värde under %1; &quot;..&quot; i tabellen): %2.</translation>
    </message>
    <message>
        <source>all values of the %1 scale together</source>
        <translation>alla värden i %1-skalan sammantaget</translation>
    </message>
    <message>
        <source>%1 scale</source>
        <translation>%1-skalan</translation>
    </message>
    <message>
        <source>%1 is shown per scale (BBIC, IBIC); the two scales are never added.</source>
        <translation>%1 visas per skala (BBIC, IBIC); de två skalorna läggs aldrig ihop.</translation>
    </message>
    <message>
        <source>%1 (%2 scale) is missing for %3 records (internal bortfall).</source>
        <translation>%1 (%2-skalan) saknas för %3 poster (internt bortfall).</translation>
    </message>
    <message>
        <source>%1: this build cannot write .svg charts; save the chart as .png or .pdf.</source>
        <translation>%1: den här versionen kan inte spara diagram som .svg; spara diagrammet som .png eller .pdf.</translation>
    </message>
</context>
<context>
    <name>folja::ui::form::ChoiceCombo</name>
    <message>
        <source>%1 (unknown value)</source>
        <translation>%1 (okänt värde)</translation>
    </message>
    <message>
        <source>%1 (not valid for this target group)</source>
        <translation>%1 (gäller inte för den här målgruppen)</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– välj –</translation>
    </message>
</context>
<context>
    <name>folja::ui::form::FieldRow</name>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar till %1</translation>
    </message>
    <message>
        <source>Short clarification, at most %1 characters</source>
        <translation>Kort förtydligande, högst %1 tecken</translation>
    </message>
    <message>
        <source>Do not write personal details in comments.</source>
        <translation>Skriv inte personuppgifter i kommentarer.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
</context>
<context>
    <name>folja::ui::form::InsatsEditor</name>
    <message>
        <source>Remove insats</source>
        <translation>Ta bort insats</translation>
    </message>
    <message>
        <source>Remove insats %1</source>
        <translation>Ta bort insats %1</translation>
    </message>
    <message>
        <source>Add follow-up (Ctrl+U)</source>
        <translation>Lägg till uppföljning (Ctrl+U)</translation>
    </message>
    <message>
        <source>Add follow-up to insats %1</source>
        <translation>Lägg till uppföljning för insats %1</translation>
    </message>
    <message>
        <source>Insats %1: %2</source>
        <translation>Insats %1: %2</translation>
    </message>
    <message>
        <source>Insats %1</source>
        <translation>Insats %1</translation>
    </message>
</context>
<context>
    <name>folja::ui::form::InsatsPicker</name>
    <message>
        <source>Search by KSI code or name</source>
        <translation>Sök på KSI-kod eller namn</translation>
    </message>
    <message>
        <source>Search insats</source>
        <translation>Sök insats</translation>
    </message>
    <message>
        <source>No insats chosen yet.</source>
        <translation>Ingen insats har valts än.</translation>
    </message>
    <message>
        <source>Chosen: %1 (unknown code)</source>
        <translation>Vald: %1 (okänd kod)</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2), not valid for this target group</source>
        <translation>Vald: %1 (%2), gäller inte för den här målgruppen</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>Vald: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>folja::ui::form::IssuesPanel</name>
    <message>
        <source>Still to fill in and to correct</source>
        <translation>Kvar att fylla i och att rätta</translation>
    </message>
    <message>
        <source>To correct before saving (%1)</source>
        <translation>Att rätta innan ärendet kan sparas (%1)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>To check (%1)</source>
        <translation>Att kontrollera (%1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Still to fill in (%1)</source>
        <translation>Kvar att fylla i (%1)</translation>
    </message>
    <message>
        <source>Nothing missing and nothing to correct.</source>
        <translation>Inget saknas och inget behöver rättas.</translation>
    </message>
</context>
<context>
    <name>folja::ui::form::PersonSection</name>
    <message>
        <source>Person-ID</source>
        <translation>Person-id</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN</source>
        <translation>ÅÅÅÅMMDD-NNNN</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Show the full Person-ID. This is recorded in the audit log.</source>
        <translation>Visa hela person-id:t. Detta registreras i granskningsloggen.</translation>
    </message>
    <message>
        <source>Show the full Person-ID</source>
        <translation>Visa hela person-id:t</translation>
    </message>
    <message>
        <source>Legal sex</source>
        <translation>Juridiskt kön</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Enter the Person-ID.</source>
        <translation>Ange person-id.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Derived from the Person-ID</source>
        <translation>Härleds från person-id</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) at the actualisation date</source>
        <translation>
            <numerusform>%n år vid aktualiseringsdatumet</numerusform>
            <numerusform>%n år vid aktualiseringsdatumet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) today</source>
        <translation>
            <numerusform>%n år i dag</numerusform>
            <numerusform>%n år i dag</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>A valid personnummer.</source>
        <translation>Ett giltigt personnummer.</translation>
    </message>
    <message>
        <source>A valid samordningsnummer.</source>
        <translation>Ett giltigt samordningsnummer.</translation>
    </message>
    <message>
        <source>A valid reservnummer.</source>
        <translation>Ett giltigt reservnummer.</translation>
    </message>
    <message>
        <source>Hidden reserve number</source>
        <translation>Dolt reservnummer</translation>
    </message>
    <message>
        <source>Hidden Person-ID</source>
        <translation>Dolt person-id</translation>
    </message>
    <message>
        <source>The Person-ID does not give the legal sex: enter it. It is stored as entered.</source>
        <translation>Person-id ger inte juridiskt kön: fyll i det. Det sparas som inmatat.</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Inte ifyllt</translation>
    </message>
    <message>
        <source> years at the actualisation date</source>
        <translation> år vid aktualiseringen</translation>
    </message>
    <message>
        <source>The Person-ID does not give the birth date: enter the age at the actualisation date. It is stored as entered.</source>
        <translation>Person-id ger inte födelsedatum: fyll i åldern vid aktualiseringen. Den sparas som inmatad.</translation>
    </message>
</context>
<context>
    <name>folja::ui::form::StepList</name>
    <message>
        <source>Process steps</source>
        <translation>Processteg</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in or check</source>
        <translation>
            <numerusform>%n att fylla i eller kontrollera</numerusform>
            <numerusform>%n att fylla i eller kontrollera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folja::ui::form::UppfoljningEditor</name>
    <message>
        <source>Follow-up %1</source>
        <translation>Uppföljning %1</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Ta bort uppföljning</translation>
    </message>
    <message>
        <source>Remove follow-up %1 of insats %2</source>
        <translation>Ta bort uppföljning %1 för insats %2</translation>
    </message>
    <message>
        <source>The user&apos;s own answers (B1a–B5)</source>
        <translation>Brukarens egna svar (B1a–B5)</translation>
    </message>
</context>
<context>
    <name>folja::ui::report</name>
    <message>
        <source>(uppgift saknas)</source>
        <translation>(uppgift saknas)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Follow-up of social services</source>
        <translation>Uppföljning av socialtjänstens insatser</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Report date: %1</source>
        <translation>Rapportdatum: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>All tables and charts are published with disclosure control (publication mode): counts below the minimum cell size are shown as &quot;..&quot; and are never drawn in the charts, and further counts are hidden where they would let a hidden count be derived. Missing answers (bortfall) are shown as &quot;(uppgift saknas)&quot; in the tables and as grey hatched bars in the charts.</source>
        <translation>Alla tabeller och diagram publiceras med röjandeskydd (publiceringsläge): antal under den minsta cellstorleken visas som &quot;..&quot; och ritas aldrig i diagrammen, och ytterligare antal döljs där ett dolt antal annars skulle kunna räknas fram. Saknade svar (bortfall) visas som &quot;(uppgift saknas)&quot; i tabellerna och som grå streckade staplar i diagrammen.</translation>
    </message>
    <message>
        <source>Produced with Följa from the registered follow-up data. Each analysis ends with a method note.</source>
        <translation>Framtagen med Följa ur de registrerade uppföljningsuppgifterna. Varje analys avslutas med en metodbeskrivning.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>all periods</source>
        <translation>alla perioder</translation>
    </message>
    <message>
        <source>Bortfall (uppgift saknas): %1</source>
        <translation>Bortfall (uppgift saknas): %1</translation>
    </message>
    <message>
        <source>all values</source>
        <translation>alla värden</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (not in the table).</source>
        <translation>%1: %2 av %3 (ingår inte i tabellen).</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagram: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Could not write the report to %1.</source>
        <translation>Rapporten kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>All tables and charts are published with the Cell Key Method (publication mode): every count is changed at random by at most ±%1, the same way wherever the same records are counted, so totals can differ from the sum of their parts; a changed value below %2 is shown as &quot;..&quot; and is never drawn in the charts. Missing answers (bortfall) are shown as &quot;(uppgift saknas)&quot; in the tables and as grey hatched bars in the charts.</source>
        <translation>Alla tabeller och diagram publiceras med Cell Key-metoden (publiceringsläge): varje antal har ändrats slumpmässigt med högst ±%1, på samma sätt överallt där samma poster räknas, så summor kan avvika från summan av delarna; ett ändrat värde under %2 visas som &quot;..&quot; och ritas aldrig i diagrammen. Saknade svar (bortfall) visas som &quot;(uppgift saknas)&quot; i tabellerna och som grå, streckade staplar i diagrammen.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <source>all values of the %1 scale</source>
        <translation>alla värden i %1-skalan</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Följa – systematic follow-up in social services</source>
        <translation>Följa – systematisk uppföljning i socialtjänsten</translation>
    </message>
    <message>
        <source>Use a demo database, created on first start.</source>
        <translation>Använd en demodatabas som skapas vid första starten.</translation>
    </message>
    <message>
        <source>Preselect a database.</source>
        <translation>Förvälj en databas.</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Spara en bild av fönstret och avsluta.</translation>
    </message>
    <message>
        <source>Wait before the picture (ms).</source>
        <translation>Vänta innan bilden tas (ms).</translation>
    </message>
    <message>
        <source>Sign in as this user with the password in FOLJA_PASSWORD.</source>
        <translation>Logga in som den här användaren med lösenordet i FOLJA_PASSWORD.</translation>
    </message>
    <message>
        <source>Följa</source>
        <translation>Följa</translation>
    </message>
    <message>
        <source>The demo database could not be created: %1</source>
        <translation>Demodatabasen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Demo database with synthetic data only. Users: demo1, demo2, … (handläggare), analys (analytiker), admin (administratör). Password for all: %1</source>
        <translation>Demodatabas med enbart syntetiska uppgifter. Användare: demo1, demo2, … (handläggare), analys (analytiker), admin (administratör). Lösenord för alla: %1</translation>
    </message>
    <message>
        <source>After signing in, open the case with this number.</source>
        <translation>Öppna ärendet med det här numret efter inloggningen.</translation>
    </message>
    <message>
        <source>Show the sign-in screen, then quit (installation check).</source>
        <translation>Visa inloggningen och avsluta (kontroll efter installation).</translation>
    </message>
</context>
</TS>
