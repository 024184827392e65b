#include "sendcommand.h"

#include "callinput.h"
#include "callproblem.h"
#include "cli.h"
#include "interruptwatcher.h"
#include "outputformatter.h"
#include "trackv2errors.h"
#include "ulid.h"

#include <QHash>

SendCommand::SendCommand(const CliEnvironment &environment, const QString &synopsis, QObject *parent)
    : CallCommand(environment, synopsis, parent)
{ }

void SendCommand::addOptions(QCommandLineParser &parser)
{
    addCallOptions(parser);
    parser.addPositionalArgument(QStringLiteral("CALL"),
                                 tr("The call: identify, event, page, batch, ...; with --api pipelines: identify, "
                                    "track, page, screen, group, alias, batch or a semantic event such as "
                                    "device-created."));
    // One option per field of the call shapes (CallField::cliOption); the help is the command line's.
    const QHash<QString, QString> optionHelp {
        {QStringLiteral("id"), tr("Person identifier (id, email or cio_<id>); merge: the primary person.")},
        {QStringLiteral("anonymous-id"), tr("Anonymous ID.")},
        {QStringLiteral("name"), tr("Event name, page URL or screen name; Pipelines: page or screen name.")},
        {QStringLiteral("attributes"), tr("Person or device attributes, a JSON object or @FILE.")},
        {QStringLiteral("data"),
         tr("Event data, or the Track v2 or Pipelines batch request body: a JSON object or @FILE.")},
        {QStringLiteral("timestamp"),
         tr("Event time (add-device: last used), Unix seconds or ISO 8601 date-time; Pipelines: ISO 8601 with a "
            "time zone.")},
        {QStringLiteral("device-id"), tr("Device token.")},
        {QStringLiteral("platform"), tr("Device platform: ios or android.")},
        {QStringLiteral("user-id"), tr("Pipelines: the person's userId.")},
        {QStringLiteral("traits"), tr("Pipelines identify and group: traits, a JSON object or @FILE.")},
        {QStringLiteral("event"), tr("Pipelines track: the event name.")},
        {QStringLiteral("properties"), tr("Pipelines track, page and screen: properties, a JSON object or @FILE.")},
        {QStringLiteral("group-id"), tr("Pipelines group: the groupId.")},
        {QStringLiteral("previous-id"), tr("Pipelines alias: the previousId merged into --user-id.")},
        {QStringLiteral("message-id"), tr("Pipelines: a messageId that de-duplicates the call.")},
        {QStringLiteral("device-token"), tr("Pipelines device events: the device token.")},
        {QStringLiteral("object-id"), tr("Pipelines object and relationship events: the objectId.")},
        {QStringLiteral("object-type-id"), tr("Pipelines object and relationship events: the objectTypeId (1).")},
        {QStringLiteral("delivery-id"), tr("Pipelines report-delivery: the deliveryId.")},
        {QStringLiteral("metric"), tr("Pipelines report-delivery: delivered, opened, clicked or converted.")},
        {QStringLiteral("recipient"), tr("Pipelines report-delivery: the recipient.")},
        {QStringLiteral("action-type"), tr("Pipelines report-content: viewed_content or clicked_content.")},
        {QStringLiteral("content-id"), tr("Pipelines report-content: the contentId.")},
        {QStringLiteral("template-id"), tr("Pipelines report-content: the templateId.")},
        {QStringLiteral("secondary"), tr("merge: the person merged into the primary and deleted.")},
    };
    const QList<CallField> callOptions = callOptionFields();
    for (const CallField &option : callOptions)
        parser.addOption({option.cliOption, optionHelp.value(option.cliOption), option.cliValueName});
    parser.addOptions({
        {QStringLiteral("count"), tr("Send the call N times (a burst; default 1)."), QStringLiteral("N")},
        {QStringLiteral("rate"), tr("Burst rate in calls per second (default 10, at most 100)."), QStringLiteral("R")},
        {QStringLiteral("api"), tr("The API: track (default) or pipelines."), QStringLiteral("API")},
        {QStringLiteral("region"),
         tr("--api pipelines: the region's Pipelines host, us or eu; the key comes from CIO_PIPELINES_API_KEY."),
         QStringLiteral("REGION")},
        {QStringLiteral("source"),
         tr("--api pipelines with --workspace: the workspace's Pipelines source (needed when it has several)."),
         QStringLiteral("NAME")},
        {QStringLiteral("no-strict"),
         tr("--api pipelines: send without X-Strict-Mode: 1 (Customer.io then answers 200 even when it drops the "
            "call).")},
    });
}

void SendCommand::run()
{
    const QString api = isSet(QStringLiteral("api")) ? value(QStringLiteral("api")) : QStringLiteral("track");
    if (api != u"track" && api != u"pipelines") {
        fail(Cli::UsageError, tr("--api: must be \"track\" or \"pipelines\" (got \"%1\")").arg(api));
        return;
    }
    const bool pipelines = api == u"pipelines";
    const QString call = parser().positionalArguments().value(0);
    const std::optional<CallKind> kind = callFromName(call, api);
    const CallShape *shape = kind ? &callShape(*kind) : nullptr;
    if (!shape || !shape->composable) {
        QStringList names;
        for (const CallShape *s : composableCalls(api))
            names << callName(s->kind);
        fail(Cli::UsageError,
             (pipelines ? tr("send --api pipelines: expected one of %1 (got \"%2\")\n")
                        : tr("send: expected one of %1 (got \"%2\")\n"))
                     .arg(names.join(QStringLiteral(", ")), call)
                 + synopsis());
        return;
    }
    if (!pipelines
        && !refuseOptions({QStringLiteral("region"), QStringLiteral("no-strict"), QStringLiteral("source")},
                          tr("--%1: only with --api pipelines")))
        return;
    if (pipelines
        && !refuseOptions(
            {QStringLiteral("site-id"), QStringLiteral("via"), QStringLiteral("count"), QStringLiteral("rate")},
            tr("--%1: does not apply with --api pipelines")))
        return;
    if (!expectPositional(1, QStringLiteral("send")))
        return;
    const QList<CallField> callOptions = callOptionFields();
    for (const CallField &option : callOptions) {
        if (isSet(option.cliOption) && !shape->fieldForOption(option.cliOption)) {
            fail(Cli::UsageError, tr("send %1: --%2 does not apply to this call").arg(call, option.cliOption));
            return;
        }
    }
    for (const CallField &field : shape->fields) {
        if (field.required && !isSet(field.cliOption)) {
            fail(Cli::UsageError, tr("send %1: --%2 is required").arg(call, field.cliOption));
            return;
        }
    }
    TrackCall trackCall;
    int count = 1;
    double rate = BurstSender::DefaultRate;
    if (!buildCall(*shape, &trackCall) || !burstOptions(&count, &rate))
        return;
    // Each problem names the option its field comes from ("--properties: ..."), as the window names the field.
    QStringList problems;
    for (const CallProblem &problem : trackCall.validate()) {
        const CallField *field = shape->field(problem.field);
        QString text =
            field ? describeProblem(problem, QStringLiteral("--") + field->cliOption) : describeProblem(problem);
        if (problem.kind == CallProblem::Kind::NoPersonId && problem.item < 0)
            text += tr(": give --user-id or --anonymous-id");
        problems << text;
    }
    if (!problems.isEmpty()) {
        fail(Cli::UsageError, tr("nothing was sent:\n  ") + problems.join(QStringLiteral("\n  ")));
        return;
    }
    if (pipelines) {
        runPipelines(trackCall);
        return;
    }
    withTarget([this, trackCall, count, rate](const Target &target) {
        resolveRoute(target,
                     [this, target, trackCall, count, rate](Region via, Region accountRegion, const QString &source) {
                         if (count == 1 && !isSet(QStringLiteral("count")))
                             sendOne(target, trackCall, via, accountRegion, source);
                         else
                             sendBurst(target, trackCall, via, accountRegion, source, count, rate);
                     });
    });
}

bool SendCommand::buildCall(const CallShape &shape, TrackCall *call)
{
    call->kind = shape.kind;
    for (const CallField &field : shape.fields) {
        const QString text = value(field.cliOption);
        switch (field.type) {
        case CallField::Type::JsonObject: {
            QJsonObject object;
            if (!jsonOption(field.cliOption, &object))
                return false;
            call->setJson(field.id, object);
            break;
        }
        case CallField::Type::Timestamp: {
            if (!isSet(field.cliOption))
                break;
            qint64 seconds = 0;
            CallProblem problem;
            if (!parseTimestampText(text, &seconds, &problem)) {
                fail(Cli::UsageError, describeProblem(problem, QStringLiteral("--") + field.cliOption));
                return false;
            }
            call->timestamp = seconds;
            break;
        }
        case CallField::Type::IsoTimestamp:
        case CallField::Type::Integer:
            // Given but empty is not "left out": the call would go without it, unlike what was typed.
            if (isSet(field.cliOption) && text.isEmpty()) {
                fail(Cli::UsageError,
                     tr("--%1: must not be empty (leave the option out to send none)").arg(field.cliOption));
                return false;
            }
            call->setText(field.id, text);
            break;
        case CallField::Type::Text:
        case CallField::Type::Choice:
        case CallField::Type::List:
            // `--event-id generate`: the window's Generate button, a new ULID.
            call->setText(field.id, field.id == CallFields::EventId && text == u"generate" ? Ulid::generate() : text);
            break;
        }
    }
    return true;
}

bool SendCommand::burstOptions(int *count, double *rate)
{
    const bool countSet = isSet(QStringLiteral("count"));
    const bool rateSet = isSet(QStringLiteral("rate"));
    if (rateSet && !countSet) {
        fail(Cli::UsageError, tr("--rate: only with --count N (a burst)"));
        return false;
    }
    if (!countSet)
        return true;
    bool countOk = true;
    bool rateOk = true;
    // Read wide, so that 99999999999999 is named as over the limit rather than not a number.
    const qlonglong wide = value(QStringLiteral("count")).toLongLong(&countOk);
    if (countOk && (wide < 1 || wide > BurstSender::MaxCount)) {
        fail(Cli::UsageError,
             tr("--count: from 1 to %1 calls (got %2)")
                 .arg(QString::number(BurstSender::MaxCount), QString::number(wide)));
        return false;
    }
    *count = int(wide);
    if (rateSet)
        *rate = value(QStringLiteral("rate")).toDouble(&rateOk);
    QString error = BurstSender::checkCountAndRate(*count, *rate, QStringLiteral("--count"), QStringLiteral("--rate"));
    if (!countOk)
        error = tr("--count: must be a whole number (got \"%1\")").arg(value(QStringLiteral("count")));
    else if (!rateOk)
        error = tr("--rate: must be a number of calls per second (got \"%1\")").arg(value(QStringLiteral("rate")));
    if (!error.isEmpty()) {
        fail(Cli::UsageError, error);
        return false;
    }
    return true;
}

void SendCommand::resolveRoute(const Target &target,
                               std::function<void(Region via, Region accountRegion, const QString &source)> next)
{
    const Region known = target.workspace ? target.workspace->region : Region::Unknown;
    if (isSet(QStringLiteral("via"))) {
        Region via = Region::Us;
        if (viaOption(&via))
            next(via, known, QStringLiteral("--via"));
        return;
    }
    if (target.workspace && target.workspace->route != Route::Auto) {
        next(target.workspace->firstHopRegion(), known, QStringLiteral("workspace route"));
        return;
    }
    if (known != Region::Unknown) {
        next(known, known, QStringLiteral("detected region"));
        return;
    }
    // Region not known yet: ask first (the region call carries no person data and is never redirected), so
    // the data itself goes straight to the account's host.
    callSession()->detectRegion(
        target.name(), target.credentials, Region::Us, this,
        [this, next](const RegionInfo &info, const RequestRecord &record) {
            if (!info.ok) {
                if (json())
                    OutputFormatter(out(), err(), true).record(record, Region::Us, QStringLiteral("region check"));
                fail(Cli::CallFailed,
                     tr("nothing was sent: the account's region could not "
                        "be detected (%1). Choose the host with --via us|eu.")
                         .arg(info.error));
                return;
            }
            next(info.region, info.region, QStringLiteral("detected region"));
        });
}

void SendCommand::sendOne(const Target &target, const TrackCall &call, Region via, Region accountRegion,
                          const QString &source)
{
    ConsoleSession *session = callSession();
    sendAndReport(
        session, [&] { return session->sendCall(target.name(), target.credentials, call, via, accountRegion); },
        [this, via, source](const RequestRecord &record) {
            OutputFormatter(out(), err(), json()).record(record, via, source);
            finishWithCall(record);
        });
}

void SendCommand::sendBurst(const Target &target, const TrackCall &call, Region via, Region accountRegion,
                            const QString &source, int count, double rate)
{
    BurstSender *burst =
        callSession()->startBurst(target.name(), target.credentials, call, via, accountRegion, count, rate);
    if (!burst) {
        fail(Cli::CallFailed, tr("nothing was sent: the burst could not start"));
        return;
    }
    // Each call's result is printed once its row is committed (only this burst sends now), the summary once
    // every row is: what was printed survives a kill -9.
    connect(callSession(), &ConsoleSession::callEnded, this, [this, via, source](qint64, const RequestRecord &record) {
        OutputFormatter(out(), err(), json()).record(record, via, source);
    });
    connect(burst, &BurstSender::rateLimited, this, [this](int index, qint64 waitMs, double newRate) {
        err() << tr("rate limited (429) on call %1: waiting %2 s, then sending it again at %3 calls per second")
                     .arg(QString::number(index + 1), QString::number(waitMs / 1000.0), QString::number(newRate))
              << Qt::endl;
    });
    connect(burst, &BurstSender::finished, this, [this](const BurstSender::Summary &summary) {
        if (callSession()->uncommittedCount() == 0) {
            summarize(summary);
            return;
        }
        connect(callSession(), &ConsoleSession::allCommitted, this, [this, summary] { summarize(summary); });
    });
    // Ctrl-C or SIGTERM stops the burst after the call in flight; the summary says what was not sent.
    new InterruptWatcher(
        [this, burst] {
            err() << tr("interrupted: finishing the call in flight, then stopping") << Qt::endl;
            burst->cancel();
        },
        this);
}

void SendCommand::summarize(const BurstSender::Summary &s)
{
    OutputFormatter(out(), err(), json()).burstSummary(s);
    QStringList failed;
    for (int i : s.failedIndexes)
        failed << QString::number(i + 1);
    if (s.cancelled)
        fail(Cli::CallFailed, tr("interrupted: %n call(s) of the burst were not sent", nullptr, s.notSent));
    else if (s.failed > 0 && s.refused == s.failed)
        fail(Cli::CallFailed,
             tr("%n call(s) of the burst were refused with 429 %1 times each and never "
                "processed (calls %2); send them again later",
                nullptr, s.failed)
                 .arg(QString::number(BurstSender::MaxRateLimitedAttempts), failed.join(QStringLiteral(", "))));
    else if (!s.allSucceeded())
        fail(Cli::CallFailed,
             tr("%n call(s) of the burst failed and were not sent again (calls %1); a failed "
                "call may have been processed, so re-send only on purpose",
                nullptr, s.failed)
                 .arg(failed.join(QStringLiteral(", "))));
    else
        finish(Cli::Success);
}
