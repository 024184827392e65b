// libFuzzer target: the sandbox's request checks (bodies and identifiers as sent by any client), its
// fault grammar, which must round-trip (parse, print, parse again, same fault), and the Track and App
// APIs answering any body, path or Authorization header: always a JSON object, never a status outside
// what they document. The Pipelines API, strict or not, answers 200, 400, 401 or 404 only, and a request it
// answers 200 is stored once, as accepted or as dropped.
#include "sandboxappapi.h"
#include "sandboxfault.h"
#include "sandboxpipelinesapi.h"
#include "sandboxrules.h"
#include "sandboxstate.h"
#include "sandboxtrackapi.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

void check(const SandboxReply &reply)
{
    static const QList<int> statuses = {200, 207, 301, 400, 401, 404};
    if (!statuses.contains(reply.status) || !QJsonDocument::fromJson(reply.body).isObject())
        __builtin_trap();
}

SandboxCall call(const char *method, const QString &path, const QByteArray &authorization, const QByteArray &body)
{
    SandboxCall c;
    c.method = QString::fromLatin1(method);
    c.target = SandboxTarget::fromUrl(QUrl(QStringLiteral("http://127.0.0.1:1") + path));
    c.authorization = authorization;
    c.body = body;
    return c;
}

void answerEverywhere(const QByteArray &bytes)
{
    static const QList<SandboxAccount> accounts = SandboxAccounts::demo();
    static const QByteArray track = "Basic " + QByteArray("demo-us-site:demo-us-track-key").toBase64();
    static const QByteArray app = "Bearer demo-us-app-key";
    const QUrl eu(QStringLiteral("http://127.0.0.1:2"));
    SandboxState state;
    SandboxTrackApi trackApi(&accounts, &state);
    SandboxAppApi appApi(&accounts, &state);
    QString siteId;

    const std::pair<const char *, const char *> trackCalls[] = {
        {"PUT", "/api/v1/customers/42"},     {"POST", "/api/v1/customers/42/events"},
        {"POST", "/api/v1/events"},          {"PUT", "/api/v1/customers/42/devices"},
        {"POST", "/api/v1/merge_customers"}, {"POST", "/api/v2/entity"},
        {"POST", "/api/v2/batch"},
    };
    for (const auto &[method, path] : trackCalls)
        check(trackApi.answer(QStringLiteral("us"), call(method, QString::fromLatin1(path), track, bytes), eu, 301,
                              &siteId));
    check(appApi.answer(QStringLiteral("us"), call("POST", QStringLiteral("/v1/send/email"), app, bytes), eu, 301,
                        &siteId));

    // The bytes as a percent-encoded identifier, and as the Authorization header.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(bytes)));
    check(trackApi.answer(QStringLiteral("us"), call("PUT", QStringLiteral("/api/v1/customers/") + encoded, track, {}),
                          eu, 301, &siteId));
    check(trackApi.answer(QStringLiteral("eu"), call("GET", QStringLiteral("/api/v1/accounts/region"), bytes, {}), eu,
                          301, &siteId));
    check(appApi.answer(QStringLiteral("eu"), call("GET", QStringLiteral("/v1/customers/1/attributes"), bytes, {}), eu,
                        301, &siteId));

    static const QByteArray pipelines = "Basic " + QByteArray("demo-us-pipelines-key:").toBase64();
    SandboxPipelinesApi pipelinesApi(&accounts, &state);
    const auto stored = [&state](const char *list) {
        return state.pipelinesJson(QStringLiteral("demo-us-site")).value(QLatin1String(list)).toArray().size();
    };
    for (const char *path : {"/v1/identify", "/v1/track", "/v1/page", "/v1/group", "/v1/alias", "/v1/batch"}) {
        for (const bool strict : {false, true}) {
            SandboxCall c = call("POST", QString::fromLatin1(path), pipelines, bytes);
            c.strictMode = strict;
            const qsizetype accepted = stored("accepted");
            const qsizetype dropped = stored("dropped");
            const SandboxReply reply =
                pipelinesApi.answer(QStringLiteral("us"), QStringLiteral("pipelines-us"), c, &siteId);
            check(reply);
            const bool wasDropped = stored("dropped") == dropped + 1 && stored("accepted") == accepted;
            const bool wasAccepted = stored("dropped") == dropped && stored("accepted") > accepted;
            const bool expected = reply.status == 400 ? strict && wasDropped
                : reply.status == 200                 ? (wasDropped && !strict) || wasAccepted
                                                      : false;
            if (!expected)
                __builtin_trap();
        }
    }
    // The bytes as the Authorization header of a valid Pipelines call, in strict mode: refused, unless they
    // happen to be the EU source's own credentials.
    SandboxCall anyKey = call("POST", QStringLiteral("/v1/track"), bytes, R"({"userId":"1","event":"e"})");
    anyKey.strictMode = true;
    const SandboxReply answered =
        pipelinesApi.answer(QStringLiteral("eu"), QStringLiteral("pipelines-eu"), anyKey, &siteId);
    if (answered.status != 401 && answered.status != 200)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonObject body;
    if (SandboxRules::parseObjectBody(bytes, true, &body).isEmpty()) {
        (void)SandboxRules::identifyError(body);
        (void)SandboxRules::eventError(body);
        (void)SandboxRules::deviceError(body);
        QString primary;
        QString secondary;
        (void)SandboxRules::mergeError(body, &primary, &secondary);
        (void)SandboxRules::transactionalError(body);
    }
    const QString text = QString::fromUtf8(bytes);
    (void)SandboxRules::identifierError(text);

    SandboxFault fault;
    QString error;
    if (SandboxFault::fromSpec(text, &fault, &error)) {
        SandboxFault again;
        if (!SandboxFault::fromSpec(fault.toSpec(), &again, &error) || again != fault)
            __builtin_trap();
    }

    answerEverywhere(bytes);
    return 0;
}
