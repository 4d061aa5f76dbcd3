#pragma once

// folja-cli: argument parsing and printing only; every rule lives in core/ (INTERCHANGE.md §1).
// One file per command (init.cpp, user.cpp, import.cpp, extract.cpp, demo.cpp, crosstab.cpp,
// report.cpp, leadtimes.cpp for leadtimes and trends; queryflags.cpp reads the query flags the last two share);
// cli.cpp holds what they share: option parsing, the password, sign-in, help and dispatch.
//
// Exit codes: 0 success; 1 bad input or a refused action (one clear line on stderr, nothing
// changed); 2 usage errors (unknown command or flag, missing flag or password source, a password
// attempted on the command line, a flag value outside its fixed set).

#include "access/session.h"
#include "access/values.h"
#include "analysis/query.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace folja::catalog {
class Catalog;
}
namespace folja::access {
class AnalysisGate;
}
namespace folja::analysis {
class Snapshot;
}

namespace folja::cli {

constexpr int kOk = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;

} // namespace folja::cli

// Not in a namespace: "Cli" is the translation context of every message below.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit Cli(QStringList args)
        : m_args(std::move(args))
    {}
    int run();

private:
    struct Options {
        QMap<QString, QStringList> values; // flag → values (repeatable)
        QStringList switches;

        bool has(const QString& flag) const { return values.contains(flag); }
        QString value(const QString& flag) const { return values.value(flag).value(values.value(flag).size() - 1); }
    };

    int usage(const QString& message);
    // Usage error (exit 2) for an option given more than once, unless it is in `repeatable`; kOk otherwise.
    int onlyOnce(const Options& o, const QStringList& repeatable);
    // YYYY-MM-DD exactly, and a real date.
    static std::optional<QDate> parseDate(const QString& text);
    int refused(const QString& message);
    int failed(const folja::Error& error);
    bool parse(const QStringList& args, const QStringList& valueFlags, const QStringList& switchFlags,
               const QStringList& required, Options& out, int& exitCode);
    std::optional<QString> password(const Options& o, int& exitCode);
    folja::access::KdfParams kdf(bool warn = true);
    folja::Result<std::unique_ptr<folja::access::Session>> signIn(const Options& o, const QString& password,
                                                                  bool makesKeySlots);

    int help();
    int init(const QStringList& args);
    int userAdd(const QStringList& args);
    int import(const QStringList& args);
    int importWithMapping(folja::access::Session& session, const folja::catalog::Catalog& catalog, const QString& file,
                          const QString& mappingName, const QString& sheet, bool dryRun); // import.cpp
    int extract(const QStringList& args);
    int microdata(const QStringList& args); // microdata.cpp
    int exchange(const QStringList& args);  // exchange.cpp
    int demo(const QStringList& args);
    int crosstab(const QStringList& args);
    int report(const QStringList& args);    // report.cpp
    int leadtimes(const QStringList& args); // leadtimes.cpp
    int trends(const QStringList& args);    // leadtimes.cpp
    int publishAnalysis(const Options& o, const QString& password, folja::catalog::Catalog& catalog,
                        const folja::analysis::Query& query, std::optional<int> minCellFlag,
                        const std::function<folja::Result<void>(folja::access::AnalysisGate&,
                                                                const folja::analysis::Snapshot&)>& publish);
    static folja::Result<void> print(const QByteArray& bytes);
    // The query flags of crosstab and report (queryflags.cpp). Each returns kOk or the exit code
    // after printing the message: usage errors (2) for fixed-set values and flag combinations,
    // refusals (1) naming the flag and the value for dimensions, dates, age bands and filters.
    int readQueryUsage(const Options& o, folja::analysis::Query& query, std::optional<int>& minCellFlag);
    int readQueryValues(const Options& o, const folja::catalog::Catalog& catalog, folja::analysis::Query& query,
                        std::optional<int> minCellFlag);

    static QTextStream& out();
    static QTextStream& err();

    QStringList m_args;
};
