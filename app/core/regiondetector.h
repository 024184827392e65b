#pragma once

#include "region.h"
#include "requestrecord.h"
#include "trackclient.h"
#include "workspace.h"

#include <QDateTime>
#include <QObject>
#include <QString>

// The answer of GET /api/v1/accounts/region (https://docs.customer.io/api/track/; docs/customerio-api.md,
// Account Regions endpoint):
// 200 {"url":"https://track-eu.customer.io","region":"eu","environment_id":3}, every field optional.
struct RegionInfo
{
    bool ok = false;
    Region region = Region::Unknown;
    QString url; // the account's Track host as Customer.io names it
    qint64 environmentId = -1; // workspace ID; -1 when absent
    QString handledBy; // host label that answered
    QDateTime verifiedAt; // UTC
    QString error; // why detection failed; empty when ok

    QJsonObject toJson() const; // {"region","url","environment_id","handled_by","verified_at","error"}
};

// Records a successful detection on the workspace it was learned for (region, workspace ID, when and
// through which host). Does nothing when info is not ok.
void rememberDetection(Workspace *workspace, const RegionInfo &info);

// Parses a 200 body. Reads "region", falling back to "data_center" (a third-party client's spelling,
// docs/customerio-api.md, Account Regions endpoint: Conflict), then to the region implied by "url".
// Returns false with *error when the body is not a JSON object or names no known region: a failed parse
// never means US.
bool parseRegionResponse(const QByteArray &body, RegionInfo *info, QString *error);

// Runs the region call through a TrackClient and turns its record into a RegionInfo.
class RegionDetector : public QObject
{
    Q_OBJECT

public:
    explicit RegionDetector(TrackClient *client, QObject *parent = nullptr);

    using Callback = std::function<void(const RegionInfo &, const RequestRecord &)>;
    // Asks the Track host of `via` (Customer.io answers on either host). Calls `done` once.
    void detect(const TrackCredentials &credentials, Region via, const QString &workspace, QObject *context,
                Callback done);

    static RegionInfo fromRecord(const RequestRecord &record);
    // The client the region call goes through (the App API key check of KeyCheck uses it too).
    TrackClient *client() const { return m_client; }

private:
    TrackClient *m_client;
};
