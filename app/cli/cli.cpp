#include "cli.h"

#include <QFile>

#include <cstdio>

using namespace folja;
using namespace folja::cli;

int Cli::usage(const QString& message)
{
    err() << "folja-cli: " << message << '\n' << tr("Run \"folja-cli --help\" for usage.") << '\n';
    err().flush();
    return kUsage;
}

int Cli::refused(const QString& message)
{
    err() << "folja-cli: " << message << ' ' << tr("Nothing was changed.") << '\n';
    err().flush();
    return kRefused;
}

int Cli::failed(const Error& error)
{
    return refused(error.message);
}

bool Cli::parse(const QStringList& args, const QStringList& valueFlags, const QStringList& switchFlags,
                const QStringList& required, Options& o, int& exitCode)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString flag = args[i];
        QString value;
        bool inlineValue = false;
        if (flag.startsWith(QLatin1String("--")) && flag.contains(QLatin1Char('='))) {
            value = flag.mid(flag.indexOf(QLatin1Char('=')) + 1);
            flag = flag.left(flag.indexOf(QLatin1Char('=')));
            inlineValue = true;
        }
        if (flag == QLatin1String("--password") || flag == QLatin1String("-p") ||
            flag == QLatin1String("--new-password")) {
            exitCode = usage(tr("Passwords are never taken from the command line; use the environment variable "
                                "FOLJA_PASSWORD or --password-file FILE."));
            return false;
        }
        if (switchFlags.contains(flag) && !inlineValue) {
            o.switches.append(flag);
            continue;
        }
        if (!valueFlags.contains(flag)) {
            exitCode = usage(tr("Unknown option \"%1\".").arg(flag));
            return false;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                exitCode = usage(tr("The option %1 needs a value.").arg(flag));
                return false;
            }
            value = args[++i];
        }
        o.values[flag].append(value);
    }
    for (const QString& r : required) {
        if (!o.values.contains(r)) {
            exitCode = usage(tr("The option %1 is required.").arg(r));
            return false;
        }
    }
    return true;
}

std::optional<QString> Cli::password(const Options& o, int& exitCode)
{
    if (o.values.contains(QStringLiteral("--password-file"))) {
        const QString path = o.values.value(QStringLiteral("--password-file")).constLast();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            exitCode = refused(tr("Cannot read the password file %1.").arg(path));
            return std::nullopt;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
    if (qEnvironmentVariableIsSet("FOLJA_PASSWORD"))
        return qEnvironmentVariable("FOLJA_PASSWORD");
    exitCode = usage(tr("No password: set FOLJA_PASSWORD or give --password-file FILE."));
    return std::nullopt;
}

// Key-slot strength. Production strength (Argon2id) unless this binary was built with
// FOLJA_ALLOW_WEAK_KDF (test builds) AND FOLJA_KDF_ITERATIONS asks for less than the production
// PBKDF2 count (the variable's historical name); then the tests' fast Argon2id parameters are used
// and, for a command that makes key slots, a warning says so. Existing slots keep their parameters.
access::KdfParams Cli::kdf(bool warn)
{
    access::KdfParams params;
#ifdef FOLJA_ALLOW_WEAK_KDF
    bool ok = false;
    const int iterations = qEnvironmentVariableIntValue("FOLJA_KDF_ITERATIONS", &ok);
    if (ok && iterations >= 1000 && iterations < access::kProductionKdfIterations) {
        params = access::KdfParams::fastForTests();
        if (warn) {
            err() << "folja-cli: "
                  << tr("warning: FOLJA_KDF_ITERATIONS=%1 is below the production strength (%2); "
                        "use this only for tests.")
                         .arg(iterations)
                         .arg(access::kProductionKdfIterations)
                  << '\n';
            err().flush();
        }
    }
#else
    Q_UNUSED(warn);
#endif
    return params;
}

Result<std::unique_ptr<access::Session>> Cli::signIn(const Options& o, const QString& password, bool makesKeySlots)
{
    access::SessionOptions so;
    // Also for the upgrade of an old PBKDF2 slot at sign-in: a test build asked for PBKDF2
    // (FOLJA_KDF_ITERATIONS) keeps it.
    so.kdf = kdf(makesKeySlots);
    return access::Session::signIn(o.values.value(QStringLiteral("--db")).constLast(),
                                   o.values.value(QStringLiteral("--user")).constLast(), password, so);
}

int Cli::help()
{
    // One message per command, so that adding a command leaves the translations of the others intact.
    out() << tr("Usage: folja-cli COMMAND [OPTIONS]") << "\n\n"
          << tr("Commands:") << '\n'
          << tr("  init --db P --user NAME\n"
                "      Create a new encrypted database with NAME as its first administratör.\n"
                "      Prints a recovery code once: store it safely.\n")
          << tr("  user add --db P --user ADMIN --name NAME --role ROLE [--role ROLE ...]\n"
                "      Add an account. ROLE: handlaggare, analytiker, administrator (or several,\n"
                "      comma-separated). The new password comes from FOLJA_NEW_PASSWORD.\n")
          << tr("  demo --db P --user ADMIN --persons N [--seed S]\n"
                "      Fill the database with N synthetic persons and their ärenden, insatser and\n"
                "      uppföljningar (the same data for the same seed; default seed 1), spread over\n"
                "      handläggare accounts demo1, demo2, ... whose password is FOLJA_PASSWORD.\n"
                "      Administratör only. Prints a JSON summary.\n")
          << tr("  import --db P --user NAME --csv FILE [--dry-run]\n"
                "      Import ärenden from the canonical CSV; all or nothing. Prints a JSON summary.\n")
          << tr("  import --db P --user NAME --csv FILE --mapping NAME [--sheet SHEET] [--dry-run]\n"
                "      Import another system's extract (CSV/TXT or .xlsx) through an import mapping\n"
                "      saved in the import wizard; the same rules, all or nothing.\n")
          << tr("  crosstab --db P --user NAME --rows VAR [--cols VAR] [--layers VAR] --format json|csv\n"
                "           [--unit insats|arende|person|uppfoljning] [--from DATE] [--to DATE]\n"
                "           [--malgrupp CODE[,CODE]] [--min-cell K] [--period-meaning events|active|status]\n"
                "           [--status-date DATE] [--age-bands SPEC] [--filter VAR=CODE[,CODE]]\n"
                "      A cross-tabulation with bortfall and disclosure control, for publication.\n"
                "      VAR: kon, alder_grupp, ursprung, malgrupp, enhet, aktualiseringstyp,\n"
                "      aktualiseringsorsak, tidigare_kontakt, hushallstyp, problematik, insats\n"
                "      (insats:parent), avslutsorsak, sip, maluppfyllelse, samverkan,\n"
                "      parallella_insatser, genomforande, b1a, b1b, b2, b3, b4, b5 and the dates\n"
                "      aktualisering_datum, beslut_datum, verkstallande_datum, avslut_datum,\n"
                "      uppfoljning_datum (by year; add :quarter or :month).\n"
                "      --unit: what one counted record is (default insats).\n"
                "      --from/--to (YYYY-MM-DD): the period. --period-meaning: events (default;\n"
                "      the record's event happened in the period), active (ongoing at some time in\n"
                "      it) or status (ongoing on --to, or --from). --status-date D is short for\n"
                "      --period-meaning status --from D --to D.\n"
                "      Age (alder_grupp) is counted at --from, or at the aktualisering date when no\n"
                "      period is given. --age-bands: e.g. 0-17,18-64,65- (default 0-13,14-21,\n"
                "      22-64,65-79,80-).\n"
                "      --malgrupp: BOU, VUX, ALDRE, FUNK or EKB. --filter keeps records holding one\n"
                "      of the codes (or labels); repeat it for several variables.\n"
                "      --min-cell: 3 to 10; without it the database's setting applies. Counts below\n"
                "      it are suppressed (\"n\": null in JSON, \"..\" in CSV), with secondary\n"
                "      suppression so that they cannot be recovered.\n"
                "      A handläggare's table counts only their own ärenden.\n")
          << tr("      --format xlsx --out FILE: the table as an Excel workbook (counts as numbers,\n"
                "      percentages with a percent format, \"..\" for suppressed, a sheet per layer,\n"
                "      footnotes and method note under the table), written only when complete.\n")
          << tr("      crosstab and report: --min-cell may be stricter than the administratör's\n"
                "      setting, never weaker (refused). --mode publicering|intern: intern analys\n"
                "      stays on the analytiker's screen, so both commands refuse it.\n")
          << tr("  extract --db P --user NAME --person PNR --format json\n"
                "      Registerutdrag: everything stored about one person and its audit trail.\n")
          << tr("  microdata export --db P --user ADMIN --recipient NAME --out DIR [--from DATE]\n"
                "         [--to DATE] [--date-precision month|day]\n"
                "      Pseudonymised microdata for a regional partner or researcher (administratör\n"
                "      only, audited): DIR/insatser.csv (one row per insats), DIR/datapackage.json\n"
                "      (Frictionless Data Package) and DIR/README.txt. Person-IDs are replaced by a\n"
                "      pseudonym per recipient, dates are given by month unless --date-precision day;\n"
                "      comments, handläggare and skyddade personer are never exported. --from/--to\n"
                "      select ärenden by aktualisering date. DIR must be new or empty.\n")
          << tr("  exchange export --db P --user NAME --out FILE [--since DATE]\n"
                "      An exchange package of your own ärenden (all, or those changed on or after\n"
                "      DATE), encrypted with the transfer passphrase from FOLJA_TRANSFER_PASSPHRASE\n"
                "      (at least 12 characters). Handläggare only. Prints a JSON summary.\n"
                "  exchange import --db P --user NAME --in FILE [--owner HANDLAGGARE]\n"
                "      Merge a package into this database (administratör; a handläggare may receive\n"
                "      a package of their own ärenden). Ärenden are matched by their stable id and\n"
                "      keep their handläggare (--owner: give them to another, administratör only);\n"
                "      where both sides changed an ärende the newer edit wins. Prints the conflict\n"
                "      report as JSON. A damaged, altered or wrong-passphrase package changes nothing.\n")
          << tr("  report --db P --user NAME (--analysis SAVED [--analysis SAVED ...] | --rows VAR\n"
                "         [--cols VAR] [--layers VAR] [other crosstab options]) --out FILE\n"
                "         [--chart grouped|stacked|stacked100|horizontal] [--title T]\n"
                "         [--organisation O] [--dpi N]\n"
                "      The nämnd report (FILE.pdf: A4 with tables, charts, bortfall and suppression\n"
                "      footnotes and a method note) or one chart (FILE.png at --dpi, default 200, or\n"
                "      FILE.svg), always in publicering mode. SAVED is the name of one of your saved\n"
                "      analyses. Runs without a display.\n")
          << tr("  leadtimes --db P --user NAME --interval INTERVAL [--rows VAR] [--cols VAR]\n"
                "            [--unit arende|insats] [crosstab's period, filter and --min-cell options]\n"
                "            --format json|csv\n"
                "      Lead times in days (n, median, quartiles, mean) per group, published like a\n"
                "      cross-tab: a group is shown only when its n is. INTERVAL: aktualisering-beslut,\n"
                "      beslut-verkstallande or verkstallande-avslut (the last two per insats).\n"
                "      Records whose later step falls in the period are counted; a date missing or\n"
                "      out of order is bortfall, a step not reached yet is not applicable.\n")
          << tr("  trends --db P --user NAME --series SERIES [--series SERIES ...]\n"
                "         --by month|quarter|year --from DATE --to DATE [--malgrupp CODE[,CODE]]\n"
                "         [--filter VAR=CODE[,CODE]] [--age-bands SPEC] [--min-cell K] --format json|csv\n"
                "      Counts per period. SERIES: aktualiseringar (ärenden), beslut, avslut (insatser)\n"
                "      or pagaende (insatser in progress on each period's last day). A count below\n"
                "      the smallest shown count is suppressed (null in JSON, \"..\" in CSV).\n")
          << '\n'
          << tr("The password comes from FOLJA_PASSWORD or --password-file FILE (first line),\n"
                "never from the command line.\n")
          << '\n'
          << tr("Global options: --help, --version\n"
                "Exit codes: 0 success, 1 bad input or refused (nothing changed), 2 usage error.\n");
    out().flush();
    return kOk;
}

int Cli::run()
{
    QStringList args = m_args.mid(1);
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return help();
    if (command == QLatin1String("--version")) {
        out() << "folja-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return kOk;
    }
    if (args.contains(QStringLiteral("--help")))
        return help();
    if (command == QLatin1String("init"))
        return init(args);
    if (command == QLatin1String("user")) {
        if (args.isEmpty() || args.first() != QLatin1String("add"))
            return usage(tr("Unknown user command; use \"user add\"."));
        args.removeFirst();
        return userAdd(args);
    }
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("import"))
        return import(args);
    if (command == QLatin1String("crosstab"))
        return crosstab(args);
    if (command == QLatin1String("extract"))
        return extract(args);
    if (command == QLatin1String("report"))
        return report(args);
    if (command == QLatin1String("microdata"))
        return microdata(args);
    if (command == QLatin1String("exchange"))
        return exchange(args);
    if (command == QLatin1String("leadtimes"))
        return leadtimes(args);
    if (command == QLatin1String("trends"))
        return trends(args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

QTextStream& Cli::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& Cli::err()
{
    static QTextStream s(stderr);
    return s;
}
