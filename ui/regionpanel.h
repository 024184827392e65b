#pragma once

#include "diagnosis.h"
#include "endpointtable.h"
#include "regiondetector.h"
#include "workspace.h"

#include <QDateTime>
#include <QGroupBox>

class ConsoleSession;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;
class PipelinesSection;

// "Data and Privacy": the selected workspace's account region by name and code, data center, account,
// workspace ID (environment_id), the Track API, App API and transactional hosts of that region from the
// endpoint table (each with a copy button), when (with its age) and through which host it was verified,
// the route (Automatic, or forced US / EU: the admin changes it here), a link to Customer.io's page on
// data centers, the App API key check, and the diagnosis: every finding where the evidence disagrees
// with the detected region, in plain words. A failed detection reads "Unknown" with the reason and the
// request that failed: the panel never falls back to the US. A workspace without Track credentials has no
// detection of its own, and says so. Its Pipelines sources are in their own section (PipelinesSection).
class RegionPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RegionPanel(QWidget *parent = nullptr);

    // Shows the session's selected workspace from now on and asks the session for route changes and App API
    // key checks.
    void follow(ConsoleSession *session);
    // The selected workspace as stored (its last verified region, or Unknown with the last failure).
    void showSelected(const Workspace &workspace);

    void showEmpty(const QString &hint);
    void showChecking(const Workspace &workspace);
    void showDetected(const Workspace &workspace, const RegionInfo &info, const EndpointTable &endpoints);
    // endpoints may be null when no endpoint table is usable. A region stored before (workspace.region) is
    // shown as "last seen", never as the region now.
    // failedRequest: "GET <url> → <status or error>" of the request that failed, when there was one.
    void showUnknown(const Workspace &workspace, const QString &reason, const EndpointTable *endpoints,
                     const QString &failedRequest = QString());
    // A workspace with Pipelines sources only: no Track credentials, so no region check (not a failure).
    void showPipelinesOnly(const Workspace &workspace);
    // The findings of diagnose(); an empty list hides the area.
    void setDiagnoses(const QList<Diagnosis> &diagnoses);
    // App API key check: available when the workspace has a key and its region is verified.
    void setAppKeyCheckAvailable(bool available, const QString &why = QString());
    void showAppKeyChecking();
    void showAppKeyProbes(const QList<AppKeyProbe> &probes);

    static QString docsUrl(); // Customer.io's page on account regions (data centers)

    QString regionText() const;
    QString stateText() const;

Q_SIGNALS:
    void routeChangeRequested(Route route);
    // alsoOtherRegion: probe the other region's App API host too.
    void appKeyCheckRequested(bool alsoOtherRegion);

private:
    // verified: the region was confirmed by the last check (else workspace.region is only "last seen").
    // sandbox: the hosts are the sandbox's, named with the Customer.io host each stands for (HostNames).
    static QString routeText(const Workspace &workspace, const EndpointTable *endpoints, bool verified,
                             bool sandbox = false);
    QLabel *valueLabel(const QString &objectName, const QString &accessibleName);
    void setRegion(Region region, const QString &text);
    void setState(const QString &text, const QString &color);
    // transactional: the Transactional API line's text; empty: the App API host's URL with /v1/send/….
    void setDetails(const QStringList &values, const QString &transactional = QString());
    // The host's URL, or for a stand-in (the sandbox) "track-eu.customer.io · sandbox 127.0.0.1:port";
    // sets label's "copyText" to the URL.
    QString hostText(QLabel *label, const EndpointTable &endpoints, const QUrl &url) const;
    // The transactional endpoint on the App API host appUrl, named as hostText() names that host.
    QString transactionalText(const EndpointTable &endpoints, const QUrl &appUrl) const;
    void setRoute(const Workspace &workspace, bool enabled);
    void updateAge();
    QToolButton *copyButton(const QString &objectName, QLabel *source, const QString &what);

    QLabel *m_badge;
    QLabel *m_region;
    QLabel *m_state;
    QLabel *m_workspace;
    QLabel *m_dataCenter;
    QLabel *m_workspaceId;
    QLabel *m_siteId;
    QLabel *m_trackHost;
    QLabel *m_appHost;
    QLabel *m_transactionalHost;
    QLabel *m_account;
    QLabel *m_route;
    QComboBox *m_routeCombo;
    QLabel *m_failedRequest;
    QLabel *m_diagnosis;
    QPushButton *m_checkAppKey;
    QCheckBox *m_checkOtherRegion;
    QLabel *m_appKeyResult;
    PipelinesSection *m_pipelines;
    QTimer *m_ageTimer;
    QDateTime m_verifiedAt; // of the region shown; invalid when none
    QString m_verifiedThrough;
    ConsoleSession *m_session = nullptr;
};
