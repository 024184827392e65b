#pragma once

#include "diagnosis.h"
#include "regiondetector.h"
#include "trackclient.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// What checking a workspace's keys before they are stored found (Add workspace, Edit workspace,
// `cio-console workspace add` and `workspace edit`): the Track API key by the region call, which
// Customer.io answers on either Track host; then, when an App API key was given and the region is known,
// that key on the App API host of the account's region (AppKeyProbe, GET /v1/segments:
// https://docs.customer.io/integrations/api/app/tag/segments/listSegments/). Customer.io does not redirect
// App API calls, so only the account's own host says whether the key is good.
struct KeyCheck
{
    RegionInfo region; // the region call's answer
    RequestRecord regionRecord; // its record (status 401: the Site ID or Track API key is refused)
    QList<AppKeyProbe> appKeyProbes; // empty when no App API key was given or the region is unknown

    // 401 on the region call: the Site ID and Track API key do not belong together; store nothing.
    bool trackRejected() const { return !region.ok && regionRecord.status == 401; }
    // The account's own App API host refused the App API key (401 or 403): store nothing.
    bool appKeyRejected() const;
    // The App API key was not checked although one was given (the region call failed, or the App API
    // host did not answer); "" when it was checked or none was given. A reason in words.
    QString appKeyUnchecked() const { return m_appKeyUnchecked; }
    // appKeyRejected() in words: "the EU App API host, the account's own, rejects the App API key (401): it
    // is wrong, revoked or of another workspace".
    QString appKeyError() const;

    QString m_appKeyUnchecked;
};

// Runs the check through `detector` (and its TrackClient for the App API key). appKey "" = none. `done`
// is called once, while context lives, never from inside checkKeys().
void checkKeys(RegionDetector *detector, const QString &workspace, const TrackCredentials &credentials,
               const QString &appKey, QObject *context, std::function<void(const KeyCheck &)> done);
