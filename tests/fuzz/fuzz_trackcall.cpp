// libFuzzer target: the JSON field checks and the identifier encoder. The identifier must round-trip:
// encoded once as one path segment, decoded once, equal to the input.
#include "trackcall.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    QJsonObject object;
    QString error;
    if (parseJsonObjectField(QStringLiteral("Data"), bytes, &object, &error)) {
        (void)TrackCall::event(QStringLiteral("1"), QStringLiteral("x"), object).validate();
        (void)TrackCall::identify(QStringLiteral("1"), object).validate();
    } else if (error.isEmpty()) {
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
    (void)call.validate();
    return 0;
}
