#include "callkind.h"

namespace {
struct KindName
{
    CallKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {CallKind::Region, "region"},
    {CallKind::Identify, "identify"},
    {CallKind::DeletePerson, "delete"},
    {CallKind::Event, "event"},
    {CallKind::PageView, "page"},
    {CallKind::AnonymousEvent, "anonymous"},
    {CallKind::ScreenView, "screen"},
    {CallKind::AddDevice, "add-device"},
    {CallKind::DeleteDevice, "delete-device"},
    {CallKind::Suppress, "suppress"},
    {CallKind::Unsuppress, "unsuppress"},
    {CallKind::Merge, "merge"},
    {CallKind::Entity, "entity"},
    {CallKind::Batch, "batch"},
    {CallKind::AppKeyCheck, "app-key-check"},
    {CallKind::FormSubmit, "form-submit"},
    {CallKind::SegmentAdd, "segment-add"},
    {CallKind::SegmentRemove, "segment-remove"},
    {CallKind::PipelinesIdentify, "identify"},
    {CallKind::PipelinesTrack, "track"},
    {CallKind::PipelinesPage, "page"},
    {CallKind::PipelinesScreen, "screen"},
    {CallKind::PipelinesGroup, "group"},
    {CallKind::PipelinesAlias, "alias"},
    {CallKind::PipelinesBatch, "batch"},
    {CallKind::PipelinesDeviceCreated, "device-created"},
    {CallKind::PipelinesDeviceDeleted, "device-deleted"},
    {CallKind::PipelinesUserDeleted, "user-deleted"},
    {CallKind::PipelinesUserSuppressed, "user-suppressed"},
    {CallKind::PipelinesUserUnsuppressed, "user-unsuppressed"},
    {CallKind::PipelinesRelationshipDeleted, "relationship-deleted"},
    {CallKind::PipelinesObjectDeleted, "object-deleted"},
    {CallKind::PipelinesReportDelivery, "report-delivery"},
    {CallKind::PipelinesReportContent, "report-content"},
};

const QString kStoredPipelinesPrefix = QStringLiteral("pipelines-");
} // namespace

QString callName(CallKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<CallKind> callFromName(const QString &name)
{
    return callFromName(name, QString());
}

std::optional<CallKind> callFromName(const QString &name, const QString &api)
{
    const bool pipelines = api == u"pipelines";
    for (const KindName &k : kKindNames) {
        if (isPipelinesCall(k.kind) == pipelines && name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool isPipelinesCall(CallKind kind)
{
    return kind >= CallKind::PipelinesIdentify && kind <= CallKind::PipelinesReportContent;
}

QString storedCallName(CallKind kind)
{
    return isPipelinesCall(kind) ? kStoredPipelinesPrefix + callName(kind) : callName(kind);
}

std::optional<CallKind> callFromStoredName(const QString &name)
{
    if (name.startsWith(kStoredPipelinesPrefix))
        return callFromName(name.mid(kStoredPipelinesPrefix.size()), QStringLiteral("pipelines"));
    return callFromName(name);
}

QList<CallKind> allCallKinds()
{
    QList<CallKind> kinds;
    for (const KindName &k : kKindNames)
        kinds << k.kind;
    return kinds;
}
