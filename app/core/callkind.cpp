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
};
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
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<CallKind> allCallKinds()
{
    QList<CallKind> kinds;
    for (const KindName &k : kKindNames)
        kinds << k.kind;
    return kinds;
}
