#include "keycheck.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KeyCheck", text);
}

const AppKeyProbe *ownProbe(const QList<AppKeyProbe> &probes)
{
    const auto own = std::find_if(probes.cbegin(), probes.cend(), [](const AppKeyProbe &p) { return p.accountHost; });
    return own == probes.cend() ? nullptr : &*own;
}
} // namespace

bool KeyCheck::appKeyRejected() const
{
    const AppKeyProbe *own = ownProbe(appKeyProbes);
    return own && own->verdict == AppKeyProbe::Verdict::Rejected;
}

QString KeyCheck::appKeyError() const
{
    const AppKeyProbe *own = ownProbe(appKeyProbes);
    if (!own || own->verdict != AppKeyProbe::Verdict::Rejected)
        return {};
    return tr("the %1 App API host, the account's own, rejects the App API key (%2): it is wrong, revoked or of "
              "another workspace")
        .arg(regionCode(own->host).toUpper(), QString::number(own->status));
}

void checkKeys(RegionDetector *detector, const QString &workspace, const TrackCredentials &credentials,
               const QString &appKey, QObject *context, std::function<void(const KeyCheck &)> done)
{
    QPointer<QObject> guard(context);
    detector->detect(
        credentials, Region::Us, workspace, context,
        [detector = QPointer<RegionDetector>(detector), workspace, credentials, appKey, guard,
         done](const RegionInfo &info, const RequestRecord &record) {
            KeyCheck check;
            check.region = info;
            check.regionRecord = record;
            if (appKey.isEmpty() || check.trackRejected() || !guard) {
                if (guard)
                    done(check);
                return;
            }
            if (!info.ok || !detector) {
                check.m_appKeyUnchecked = tr("the App API key was not checked: the account's region is not known");
                done(check);
                return;
            }
            TrackClient::Options options;
            options.workspace = workspace;
            options.accountRegion = info.region;
            options.appApiKey = appKey;
            checkAppApiKey(
                detector->client(), credentials, options, false, guard,
                [check, guard, done](const QList<AppKeyProbe> &probes) mutable {
                    check.appKeyProbes = probes;
                    const AppKeyProbe *own = ownProbe(probes);
                    if (!own || own->verdict == AppKeyProbe::Verdict::Failed)
                        check.m_appKeyUnchecked =
                            tr("the App API key could not be checked (%1)").arg(own ? own->text() : tr("no answer"));
                    if (guard)
                        done(check);
                });
        });
}
