#include "clirunner.h"

#include "appidentity.h"
#include "burstsender.h"
#include "cli.h"
#include "credentialstore.h"
#include "keychaincredentialstore.h"
#include "regiondetector.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"
#include "requestrecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

#include <QSocketNotifier>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

QString jsonLine(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QTextStream &CliRunner::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliRunner::err()
{
    static QTextStream stream(stderr);
    return stream;
}

CliRunner::CliRunner(const QStringList &arguments, QObject *parent)
    : QObject(parent)
    , m_arguments(arguments)
{ }

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    const QString command = m_arguments.value(1);
    m_settings = std::make_unique<QSettings>(AppIdentity::settingsPath(), QSettings::IniFormat);
    m_workspaces = std::make_unique<WorkspaceRepository>(m_settings.get());
    if (command == u"send")
        runSend();
    else
        fail(Cli::UsageError, tr("unknown command \"%1\"\n%2").arg(command, Cli::usage()));
}

void CliRunner::fail(int code, const QString &message)
{
    err() << tr("cio-console: ") << message << Qt::endl;
    finish(code);
}

void CliRunner::finish(int code)
{
    if (m_finished)
        return;
    if (m_unlogged > 0) { // the rows of the calls sent are on disk before the process exits
        afterLogged([this, code] { finish(code); });
        return;
    }
    m_finished = true;
    out().flush();
    err().flush();
    QCoreApplication::exit(code);
}

bool CliRunner::parse(QCommandLineParser &parser, int skip)
{
    parser.addHelpOption();
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList args = m_arguments;
    // Drop the command words so positional arguments start after them.
    for (int i = 0; i < skip && args.size() > 1; ++i)
        args.removeAt(1);
    if (!parser.parse(args)) {
        fail(Cli::UsageError, parser.errorText() + u'\n' + Cli::usage());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << Cli::usage();
        finish(Cli::Success);
        return false;
    }
    // Bytes that are not UTF-8 arrive as U+FFFD: what would be sent is not what was typed.
    for (const QString &arg : std::as_const(args)) {
        if (arg.contains(QChar::ReplacementCharacter)) {
            fail(Cli::UsageError, tr("argument \"%1\": is not valid UTF-8").arg(arg.left(40)));
            return false;
        }
    }
    // An option given twice would silently take its last value. (sandbox --fault repeats on purpose.)
    for (const QString &name : parser.optionNames()) {
        if (name != u"fault" && parser.values(name).size() > 1) {
            fail(Cli::UsageError, tr("--%1: given more than once").arg(name));
            return false;
        }
    }
    return true;
}

void CliRunner::addCredentialOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("workspace"), tr("Workspace whose credentials to use."), QStringLiteral("NAME")},
        {QStringLiteral("site-id"), tr("Site ID; the Track API key comes from CIO_TRACK_API_KEY."),
         QStringLiteral("ID")},
        {QStringLiteral("via"), tr("Regional host of the first request: us or eu."), QStringLiteral("REGION")},
        {QStringLiteral("timeout"), tr("Seconds each request may take (default 10)."), QStringLiteral("SECONDS"),
         QStringLiteral("10")},
        {QStringLiteral("keychain-timeout"), tr("Seconds to wait for the keychain (default 15)."),
         QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("json"), tr("Print one JSON object per call.")},
    });
}

bool CliRunner::secondsOption(const QCommandLineParser &parser, const QString &name, int *ms)
{
    bool ok = false;
    const QString text = parser.value(name);
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 600) {
        fail(Cli::UsageError,
             tr("--%1: must be a number of seconds greater than 0 and at most 600 (got \"%2\")").arg(name, text));
        return false;
    }
    *ms = int(seconds * 1000);
    return true;
}

bool CliRunner::openKeychain(const QCommandLineParser &parser)
{
    int timeoutMs = 0;
    if (!secondsOption(parser, QStringLiteral("keychain-timeout"), &timeoutMs))
        return false;
    m_store = new KeychainCredentialStore(AppIdentity::id(), timeoutMs, this);
    return true;
}

bool CliRunner::setUpClient(const QCommandLineParser &parser)
{
    int timeoutMs = 0;
    if (!secondsOption(parser, QStringLiteral("timeout"), &timeoutMs))
        return false;
    EndpointTable endpoints;
    QString error;
    if (!EndpointTable::fromEnvironment(&endpoints, &error)) {
        fail(Cli::UsageError, error);
        return false;
    }
    m_client = new TrackClient(endpoints, this);
    m_client->setTimeoutMs(timeoutMs);
    // -- request log (issue 7): every call goes through the recorder to the persistent log; what is printed
    // of a finished call waits for its row (afterLogged()). A log that cannot open is a warning, never a
    // reason not to send.
    auto *log = new RequestLogStore(this);
    if (log->open())
        m_log = log;
    else
        err() << tr("warning: request log: ") << log->errorString() << Qt::endl;
    m_recorder = new RequestRecorder(m_log, this);
    connect(m_client, &TrackClient::started, m_recorder, &RequestRecorder::record);
    connect(m_client, &TrackClient::finished, this, [this](const RequestRecord &record) {
        ++m_unlogged;
        m_recorder->record(record);
    });
    connect(m_recorder, &RequestRecorder::committed, this, [this](qint64, const RequestRecord &, bool stored) {
        if (!stored && m_log)
            err() << tr("warning: request log: ") << m_recorder->errorString() << Qt::endl;
        --m_unlogged;
        while (m_unlogged == 0 && !m_afterLogged.isEmpty())
            m_afterLogged.takeFirst()();
    });
    // -- end request log
    return true;
}

void CliRunner::afterLogged(std::function<void()> next)
{
    if (m_unlogged == 0)
        next();
    else
        m_afterLogged << std::move(next);
}

bool CliRunner::resolveVia(const QCommandLineParser &parser, Region *via)
{
    if (parser.isSet(QStringLiteral("via"))) {
        const QString value = parser.value(QStringLiteral("via"));
        *via = regionFromCode(value);
        if (*via == Region::Unknown) {
            fail(Cli::UsageError, tr("--via: must be \"us\" or \"eu\" (got \"%1\")").arg(value));
            return false;
        }
        return true;
    }
    *via = m_workspace ? m_workspace->firstHopRegion() : Region::Us;
    return true;
}

void CliRunner::withCredentials(const QCommandLineParser &parser, std::function<void(const TrackCredentials &)> next)
{
    const bool byWorkspace = parser.isSet(QStringLiteral("workspace"));
    const bool bySiteId = parser.isSet(QStringLiteral("site-id"));
    if (byWorkspace == bySiteId) {
        fail(Cli::UsageError, tr("give exactly one of --workspace NAME or --site-id ID\n") + Cli::usage());
        return;
    }
    if (bySiteId) {
        TrackCredentials credentials;
        credentials.siteId = parser.value(QStringLiteral("site-id"));
        const QString siteError = validateSiteId(credentials.siteId);
        if (!siteError.isEmpty()) {
            fail(Cli::UsageError, siteError);
            return;
        }
        credentials.trackApiKey = qEnvironmentVariable("CIO_TRACK_API_KEY");
        if (credentials.trackApiKey.isEmpty()) {
            fail(Cli::CredentialsUnavailable,
                 tr("--site-id needs the Track API key in the environment variable CIO_TRACK_API_KEY"));
            return;
        }
        const QString keyError = validateApiKey(QStringLiteral("CIO_TRACK_API_KEY"), credentials.trackApiKey);
        if (!keyError.isEmpty()) {
            fail(Cli::UsageError, keyError);
            return;
        }
        next(credentials);
        return;
    }
    const QString name = parser.value(QStringLiteral("workspace"));
    m_workspace = m_workspaces->find(name);
    if (!m_workspace) {
        fail(Cli::UsageError, tr("--workspace: no workspace named \"%1\" (see: cio-console workspace list)").arg(name));
        return;
    }
    if (!openKeychain(parser))
        return;
    const QString siteId = m_workspace->siteId;
    m_store->read(CredentialStore::entryKey(name, SecretKind::TrackApiKey), this,
                  [this, siteId, name, next](const CredentialResult &result) {
                      if (!result.ok()) {
                          fail(Cli::CredentialsUnavailable,
                               tr("workspace \"%1\": Track API key: %2").arg(name, CredentialStore::describe(result)));
                          return;
                      }
                      next(TrackCredentials {siteId, result.secret});
                  });
}

// ---- send ---------------------------------------------------------------------------------------

namespace {
// What each call of `send` needs: options that must be given, and options it accepts besides.
struct SendShape
{
    CallKind kind;
    QStringList required;
    QStringList optional;
};
const QList<SendShape> &sendShapes()
{
    static const QList<SendShape> shapes = {
        {CallKind::Identify, {QStringLiteral("id")}, {QStringLiteral("attributes")}},
        {CallKind::DeletePerson, {QStringLiteral("id")}, {}},
        {CallKind::Event,
         {QStringLiteral("id"), QStringLiteral("name")},
         {QStringLiteral("data"), QStringLiteral("timestamp")}},
        {CallKind::PageView,
         {QStringLiteral("id"), QStringLiteral("name")},
         {QStringLiteral("data"), QStringLiteral("timestamp")}},
        {CallKind::ScreenView,
         {QStringLiteral("id"), QStringLiteral("name")},
         {QStringLiteral("data"), QStringLiteral("timestamp")}},
        {CallKind::AnonymousEvent,
         {QStringLiteral("anonymous-id"), QStringLiteral("name")},
         {QStringLiteral("data"), QStringLiteral("timestamp")}},
        {CallKind::AddDevice,
         {QStringLiteral("id"), QStringLiteral("device-id"), QStringLiteral("platform")},
         {QStringLiteral("attributes"), QStringLiteral("timestamp")}},
        {CallKind::DeleteDevice, {QStringLiteral("id"), QStringLiteral("device-id")}, {}},
        {CallKind::Suppress, {QStringLiteral("id")}, {}},
        {CallKind::Unsuppress, {QStringLiteral("id")}, {}},
        {CallKind::Merge, {QStringLiteral("id"), QStringLiteral("secondary")}, {}},
        {CallKind::Entity, {QStringLiteral("data")}, {}},
        {CallKind::Batch, {QStringLiteral("data")}, {}},
    };
    return shapes;
}

const QStringList kCallOptions = {
    QStringLiteral("id"),         QStringLiteral("anonymous-id"), QStringLiteral("name"),
    QStringLiteral("attributes"), QStringLiteral("data"),         QStringLiteral("timestamp"),
    QStringLiteral("device-id"),  QStringLiteral("platform"),     QStringLiteral("secondary")};

// The largest JSON file `--data @FILE` reads: a Track v2 batch (500 kB) with room to spare.
constexpr qint64 kMaxJsonFileBytes = 1024 * 1024;
} // namespace

// A JSON object option: typed inline, or read from a file with @FILE (@- is standard input).
bool CliRunner::jsonOption(const QString &name, QJsonObject *object)
{
    QString value = m_parser.value(name);
    QByteArray text = value.toUtf8();
    const QString field = QStringLiteral("--") + name;
    if (value.startsWith(u'@')) {
        const QString path = value.mid(1);
        QFile file;
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            fail(Cli::UsageError, tr("%1: cannot read %2: %3").arg(field, path, file.errorString()));
            return false;
        }
        // A pipe gives its data in pieces: read until the end (or past the limit).
        text.clear();
        while (text.size() <= kMaxJsonFileBytes) {
            const QByteArray chunk = file.read(kMaxJsonFileBytes + 1 - text.size());
            if (chunk.isEmpty())
                break;
            text += chunk;
        }
        if (text.size() > kMaxJsonFileBytes) {
            fail(Cli::UsageError,
                 tr("%1: %2 is larger than %3 bytes").arg(field, path, QString::number(kMaxJsonFileBytes)));
            return false;
        }
    }
    if (m_parser.isSet(name) && text.trimmed().isEmpty()) {
        fail(Cli::UsageError, tr("%1: must be a JSON object such as {\"plan\": \"pro\"}, not empty").arg(field));
        return false;
    }
    QString error;
    if (!parseJsonObjectField(field, text, object, &error)) {
        fail(Cli::UsageError, error);
        return false;
    }
    return true;
}

void CliRunner::runSend()
{
    const QString call = m_arguments.value(2);
    addCredentialOptions(m_parser);
    m_parser.addOptions({
        {QStringLiteral("id"), tr("Person identifier (id, email or cio_<id>); merge: the primary person."),
         QStringLiteral("ID")},
        {QStringLiteral("anonymous-id"), tr("Anonymous ID."), QStringLiteral("AID")},
        {QStringLiteral("name"), tr("Event name, page URL or screen name."), QStringLiteral("NAME")},
        {QStringLiteral("attributes"), tr("Person or device attributes, a JSON object or @FILE."),
         QStringLiteral("JSON")},
        {QStringLiteral("data"), tr("Event data, or the Track v2 request body: a JSON object or @FILE."),
         QStringLiteral("JSON")},
        {QStringLiteral("timestamp"), tr("Event time (add-device: last used), Unix seconds or ISO 8601 date-time."),
         QStringLiteral("TIME")},
        {QStringLiteral("device-id"), tr("Device token."), QStringLiteral("TOKEN")},
        {QStringLiteral("platform"), tr("Device platform: ios or android."), QStringLiteral("PLATFORM")},
        {QStringLiteral("secondary"), tr("merge: the person merged into the primary and deleted."),
         QStringLiteral("ID")},
        {QStringLiteral("count"), tr("Send the call N times (a burst; default 1)."), QStringLiteral("N")},
        {QStringLiteral("rate"), tr("Burst rate in calls per second (default 10, at most 100)."), QStringLiteral("R")},
    });
    if (!parse(m_parser, 2))
        return;
    const std::optional<CallKind> kind = callFromName(call);
    const auto shape = std::find_if(sendShapes().cbegin(), sendShapes().cend(),
                                    [&](const SendShape &s) { return kind && s.kind == *kind; });
    if (shape == sendShapes().cend()) {
        QStringList names;
        for (const SendShape &s : sendShapes())
            names << callName(s.kind);
        fail(Cli::UsageError,
             tr("send: expected one of %1 (got \"%2\")\n").arg(names.join(QStringLiteral(", ")), call) + Cli::usage());
        return;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        fail(Cli::UsageError, tr("send: unexpected argument \"%1\"").arg(m_parser.positionalArguments().first()));
        return;
    }
    for (const QString &option : kCallOptions) {
        if (m_parser.isSet(option) && !shape->required.contains(option) && !shape->optional.contains(option)) {
            fail(Cli::UsageError, tr("send %1: --%2 does not apply to this call").arg(call, option));
            return;
        }
    }
    for (const QString &option : shape->required) {
        if (!m_parser.isSet(option)) {
            fail(Cli::UsageError, tr("send %1: --%2 is required").arg(call, option));
            return;
        }
    }

    QJsonObject attributes;
    QJsonObject data;
    if (!jsonOption(QStringLiteral("attributes"), &attributes) || !jsonOption(QStringLiteral("data"), &data))
        return;
    TrackCall::Parts parts;
    parts.person =
        m_parser.value(*kind == CallKind::AnonymousEvent ? QStringLiteral("anonymous-id") : QStringLiteral("id"));
    parts.secondary = m_parser.value(QStringLiteral("secondary"));
    parts.name = m_parser.value(QStringLiteral("name"));
    parts.deviceId = m_parser.value(QStringLiteral("device-id"));
    parts.platform = m_parser.value(QStringLiteral("platform"));
    parts.json = TrackCall::jsonRole(*kind) == u"attributes" ? attributes : data;
    TrackCall trackCall = TrackCall::fromParts(*kind, parts);
    if (m_parser.isSet(QStringLiteral("timestamp"))) {
        qint64 seconds = 0;
        QString error;
        if (!parseTimestamp(QStringLiteral("--timestamp"), m_parser.value(QStringLiteral("timestamp")), &seconds,
                            &error)) {
            fail(Cli::UsageError, error);
            return;
        }
        trackCall.timestamp = seconds;
    }
    int count = 1;
    double rate = BurstSender::DefaultRate;
    if (m_parser.isSet(QStringLiteral("rate")) && !m_parser.isSet(QStringLiteral("count"))) {
        fail(Cli::UsageError, tr("--rate: only with --count N (a burst)"));
        return;
    }
    if (m_parser.isSet(QStringLiteral("count")) || m_parser.isSet(QStringLiteral("rate"))) {
        bool countOk = true;
        bool rateOk = true;
        if (m_parser.isSet(QStringLiteral("count"))) {
            // Read wide, so that 99999999999999 is named as over the limit rather than not a number.
            const qlonglong wide = m_parser.value(QStringLiteral("count")).toLongLong(&countOk);
            if (countOk && (wide < 1 || wide > BurstSender::MaxCount)) {
                fail(Cli::UsageError,
                     tr("--count: from 1 to %1 calls (got %2)")
                         .arg(QString::number(BurstSender::MaxCount), QString::number(wide)));
                return;
            }
            count = int(wide);
        }
        if (m_parser.isSet(QStringLiteral("rate")))
            rate = m_parser.value(QStringLiteral("rate")).toDouble(&rateOk);
        QString error =
            BurstSender::checkCountAndRate(count, rate, QStringLiteral("--count"), QStringLiteral("--rate"));
        if (!countOk)
            error = tr("--count: must be a whole number (got \"%1\")").arg(m_parser.value(QStringLiteral("count")));
        else if (!rateOk)
            error = tr("--rate: must be a number of calls per second (got \"%1\")")
                        .arg(m_parser.value(QStringLiteral("rate")));
        if (!error.isEmpty()) {
            fail(Cli::UsageError, error);
            return;
        }
    }
    const QStringList problems = trackCall.validate();
    if (!problems.isEmpty()) {
        fail(Cli::UsageError, tr("nothing was sent:\n  ") + problems.join(QStringLiteral("\n  ")));
        return;
    }
    if (!setUpClient(m_parser))
        return;
    withCredentials(m_parser, [this, trackCall, count, rate](const TrackCredentials &credentials) {
        resolveRoute(
            credentials,
            [this, trackCall, credentials, count, rate](Region via, Region accountRegion, const QString &source) {
                if (count == 1 && !m_parser.isSet(QStringLiteral("count")))
                    sendCall(trackCall, credentials, via, accountRegion, source);
                else
                    sendBurst(trackCall, credentials, via, accountRegion, source, count, rate);
            });
    });
}

void CliRunner::resolveRoute(const TrackCredentials &credentials,
                             std::function<void(Region via, Region accountRegion, const QString &source)> next)
{
    const Region known = m_workspace ? m_workspace->region : Region::Unknown;
    if (m_parser.isSet(QStringLiteral("via"))) {
        Region via = Region::Us;
        if (resolveVia(m_parser, &via))
            next(via, known, QStringLiteral("--via"));
        return;
    }
    if (m_workspace && m_workspace->route != Route::Auto) {
        next(m_workspace->firstHopRegion(), known, QStringLiteral("workspace route"));
        return;
    }
    if (known != Region::Unknown) {
        next(known, known, QStringLiteral("detected region"));
        return;
    }
    // Region not known yet: ask first (the region call carries no person data and is never
    // redirected), so the data itself goes straight to the account's host.
    auto *detector = new RegionDetector(m_client, this);
    detector->detect(credentials, Region::Us, m_workspace ? m_workspace->name : QString(), this,
                     [this, next](const RegionInfo &info, const RequestRecord &) {
                         if (!info.ok) {
                             fail(Cli::CallFailed,
                                  tr("nothing was sent: the account's region could not be detected "
                                     "(%1). Choose the host with --via us|eu.")
                                      .arg(info.error));
                             return;
                         }
                         if (m_workspace) {
                             rememberDetection(&*m_workspace, info);
                             m_workspaces->save(*m_workspace);
                         }
                         next(info.region, info.region, QStringLiteral("detected region"));
                     });
}

void CliRunner::printRecord(const RequestRecord &record, Region via, const QString &source)
{
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = record.toJson();
        o.insert(QStringLiteral("via"), regionCode(via));
        o.insert(QStringLiteral("via_source"), source);
        out() << jsonLine(o) << Qt::endl;
    } else {
        out() << tr("%1 %2 %3 → %4, handled by %5 (%6), %7 hop(s), %8 ms")
                     .arg(callName(record.call), record.method, record.path, RequestLogModel::statusText(record),
                          record.handledBy.isEmpty() ? tr("no host") : record.handledBy,
                          record.handledBy.isEmpty() ? tr("no answer") : regionCode(record.handledByRegion).toUpper(),
                          QString::number(record.hops.size()), QString::number(record.durationMs))
              << Qt::endl;
        const QJsonValue timestamp = sentTimestamp(record);
        if (timestamp.isDouble())
            out() << tr("  timestamp sent: %1 (%2)")
                         .arg(QString::number(timestamp.toInteger()),
                              QDateTime::fromSecsSinceEpoch(timestamp.toInteger(), Qt::UTC).toString(Qt::ISODate))
                  << Qt::endl;
    }
    for (const QString &warning : record.warnings)
        err() << tr("warning: ") << warning << Qt::endl;
}

// The "timestamp" (or a device's "last_used") the request carried, as sent; undefined when none.
QJsonValue CliRunner::sentTimestamp(const RequestRecord &record)
{
    const QJsonObject body = QJsonDocument::fromJson(record.requestBody).object();
    if (record.call == CallKind::AddDevice)
        return body.value(u"device").toObject().value(u"last_used");
    return body.value(u"timestamp");
}

void CliRunner::sendCall(const TrackCall &trackCall, const TrackCredentials &credentials, Region via,
                         Region accountRegion, const QString &source)
{
    TrackClient::Options options;
    options.workspace = m_workspace ? m_workspace->name : QString();
    options.accountRegion = accountRegion;
    const auto report = [this, via, source](const RequestRecord &record) {
        printRecord(record, via, source);
        if (!record.succeeded()) {
            fail(Cli::CallFailed, record.error);
            return;
        }
        // A 207 from /api/v2/batch: some operations failed (listed as warnings above).
        if (record.status == 207 && !trackV2ItemErrors(record.responseBody).isEmpty()) {
            fail(Cli::CallFailed, tr("some operations of the batch failed"));
            return;
        }
        finish(Cli::Success);
    };
    m_client->send(trackCall, credentials, via, options, this,
                   [this, report](const RequestRecord &record) { afterLogged([report, record] { report(record); }); });
}

void CliRunner::sendBurst(const TrackCall &trackCall, const TrackCredentials &credentials, Region via,
                          Region accountRegion, const QString &source, int count, double rate)
{
    TrackClient::Options options;
    options.workspace = m_workspace ? m_workspace->name : QString();
    options.accountRegion = accountRegion;
    auto *burst = new BurstSender(m_client, this);
    // Each line once the call's row is final, in order.
    connect(burst, &BurstSender::recordFinished, this, [this, via, source](int, const RequestRecord &record) {
        afterLogged([this, via, source, record] { printRecord(record, via, source); });
    });
    connect(burst, &BurstSender::rateLimited, this, [this](int index, qint64 waitMs, double newRate) {
        afterLogged([index, waitMs, newRate] {
            err() << tr("rate limited (429) on call %1: waiting %2 s, then sending it again at %3 calls per second")
                         .arg(QString::number(index + 1), QString::number(waitMs / 1000.0), QString::number(newRate))
                  << Qt::endl;
        });
    });
    const auto summarize = [this](const BurstSender::Summary &s) {
        QStringList failed;
        for (int i : s.failedIndexes)
            failed << QString::number(i + 1);
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray failedArray;
            for (int i : s.failedIndexes)
                failedArray.append(i + 1);
            const QJsonObject summary {
                {QStringLiteral("requested"), s.requested},
                {QStringLiteral("succeeded"), s.succeeded},
                {QStringLiteral("failed"), s.failed},
                {QStringLiteral("refused"), s.refused},
                {QStringLiteral("not_sent"), s.notSent},
                {QStringLiteral("cancelled"), s.cancelled},
                {QStringLiteral("rate_limited_answers"), s.rateLimitedAnswers},
                {QStringLiteral("waited_ms"), s.waitedMs},
                {QStringLiteral("final_rate"), s.finalRate},
                {QStringLiteral("duration_ms"), s.elapsedMs},
                {QStringLiteral("failed_calls"), failedArray},
            };
            out() << jsonLine(QJsonObject {{QStringLiteral("burst"), summary}}) << Qt::endl;
        } else {
            out() << tr("Burst: %1 of %2 succeeded, %3 failed, %4 not sent, %5 rate-limited answer(s) (waited %6 s), "
                        "%7 s")
                         .arg(QString::number(s.succeeded), QString::number(s.requested), QString::number(s.failed),
                              QString::number(s.notSent), QString::number(s.rateLimitedAnswers),
                              QString::number(s.waitedMs / 1000.0), QString::number(s.elapsedMs / 1000.0))
                  << Qt::endl;
        }
        if (s.cancelled) {
            fail(Cli::CallFailed, tr("interrupted: %n call(s) of the burst were not sent", nullptr, s.notSent));
            return;
        }
        if (s.failed > 0 && s.refused == s.failed) {
            fail(Cli::CallFailed,
                 tr("%n call(s) of the burst were refused with 429 %1 times each and never "
                    "processed (calls %2); send them again later",
                    nullptr, s.failed)
                     .arg(QString::number(BurstSender::MaxRateLimitedAttempts), failed.join(QStringLiteral(", "))));
            return;
        }
        if (!s.allSucceeded()) {
            fail(Cli::CallFailed,
                 tr("%n call(s) of the burst failed and were not sent again (calls %1); "
                    "a failed call may have been processed, so re-send only on purpose",
                    nullptr, s.failed)
                     .arg(failed.join(QStringLiteral(", "))));
            return;
        }
        finish(Cli::Success);
    };
    connect(burst, &BurstSender::finished, this,
            [this, summarize](const BurstSender::Summary &s) { afterLogged([summarize, s] { summarize(s); }); });
    // Ctrl-C or SIGTERM stops the burst after the call in flight; the summary says what was not sent. A
    // second signal ends the process as usual.
    watchInterrupt([burst] { burst->cancel(); });
    burst->start(trackCall, credentials, via, options, count, rate);
}

namespace {
int g_interruptPipe[2] = {-1, -1};
void onInterrupt(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}
} // namespace

void CliRunner::watchInterrupt(std::function<void()> onInterrupted)
{
    if (g_interruptPipe[0] < 0 && ::pipe(g_interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [notifier, onInterrupted] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_interruptPipe[0], &byte, 1);
        notifier->setEnabled(false);
        err() << tr("interrupted: finishing the call in flight, then stopping") << Qt::endl;
        onInterrupted();
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}
