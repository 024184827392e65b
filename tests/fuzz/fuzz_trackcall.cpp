// libFuzzer target: the JSON field checks, their field-tagged problems and wording, and the identifier
// encoder. Every problem names a field of its call's shape and reads as a sentence. The identifier must
// round-trip: encoded once as one path segment, decoded once, equal to the input.
#include "trackcall.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {
void checkProblems(const TrackCall &call)
{
    for (const CallProblem &problem : call.validate()) {
        if (problem.call != call.kind || !callShape(call.kind).hasField(problem.field))
            __builtin_trap();
        if (describeProblem(problem).isEmpty())
            __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QJsonObject object;
    CallProblem problem;
    if (parseJsonObjectText(bytes, &object, &problem)) {
        checkProblems(TrackCall::event(QStringLiteral("1"), QStringLiteral("x"), object));
        checkProblems(TrackCall::identify(QStringLiteral("1"), object));
        checkProblems(TrackCall::entity(object));
        checkProblems(TrackCall::batch(object));
    } else if (describeProblem(problem, QStringLiteral("Data")).isEmpty()) {
        __builtin_trap();
    }

    const QString identifier = QString::fromUtf8(bytes);
    const TrackCall call = TrackCall::identify(identifier, {});
    const QString prefix = QStringLiteral("/api/v1/customers/");
    const QString path = call.encodedPath();
    if (!path.startsWith(prefix))
        __builtin_trap();
    const QString segment = path.mid(prefix.size());
    if (segment.contains(u'/') || segment.contains(u'?') || segment.contains(u'#'))
        __builtin_trap();
    if (QUrl::fromPercentEncoding(segment.toLatin1()) != identifier)
        __builtin_trap();
    checkProblems(call);
    return 0;
}
