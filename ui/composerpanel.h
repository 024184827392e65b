#pragma once

#include "burstsender.h"
#include "calltemplates.h"
#include "endpointtable.h"
#include "trackcall.h"
#include "workspace.h"

#include <QGroupBox>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;

// "Send a test call": every Track call of TrackCall (identify, delete, event, page and screen views,
// anonymous event, devices, suppress, merge, Track v2 entity and batch) with the fields that call takes:
// identifier (or anonymous ID, or the primary person), secondary person, device ID and platform, event
// name (page URL, screen name), a timestamp (date-time picker or Unix seconds, with the value sent shown),
// JSON attributes, event data or v2 body, and "Send via".
//
// Templates: named compositions saved per workspace (CallTemplates); the last composed call is restored
// on start. Bursts: "× N" at a rate per second sends the call N times through a BurstSender, with a
// progress bar, Cancel, a summary, and "Retry failed" (failed calls are never re-sent otherwise).
//
// Next to "Send via" Next to "Send via" the panel names the host the next call goes to and, when that is not
// the account's detected region, says in plain words what happens there. The call is validated as it is
// typed with TrackCall::validate() and parseJsonObjectField(); the problems, each naming the field and the
// limit, are listed under the form in an area of fixed height (nothing below it moves). A field that is
// still empty is only reported once it was edited or Send was attempted (a click on the disabled Send, or
// Return in a field). Send stays disabled while there is any problem, while the workspace's credentials
// are not available, and while a call sent from here is in flight (it reads "Sending…" then).
class ComposerPanel : public QGroupBox
{
    Q_OBJECT

public:
    using Via = ComposedCall::Via;

    explicit ComposerPanel(QWidget *parent = nullptr);

    // The workspace calls go to (null: none) and the endpoint table of the hosts (null: none usable).
    // Both are copied. The region counts as verified again (setRegionVerified()).
    void setWorkspace(const Workspace *workspace, const EndpointTable *endpoints = nullptr);
    // False after the workspace's region check failed: its stored region is then only "last seen", so
    // "Detected region" names no host and Send stays disabled, asking for US host or EU host (a forced
    // route is a choice already and still applies). Never falls back to the US silently.
    void setRegionVerified(bool verified);
    bool isRegionVerified() const { return m_regionVerified; }
    // The region the next call goes to; nullopt while no host is chosen (see setRegionVerified()).
    std::optional<Region> target() const;
    // Send needs the Track API key; `why` explains when it is not available.
    void setCredentialsAvailable(bool available, const QString &why = {});
    // While true, Send is disabled and reads "Sending…".
    void setSending(bool sending);
    bool isSending() const { return m_sending; }

    void setCall(CallKind kind, const QString &identifier, const QString &name, const QString &json, Via via);
    // Every field of the form, as typed.
    ComposedCall composition() const;
    void setComposition(const ComposedCall &call);

    // Where templates and the last composed call are kept (not owned; null: nowhere). Restores the last
    // composed call.
    void setSettings(QSettings *settings);
    // Remembers the form as the last composed call (also done on every send).
    void saveLastComposition();

    // Bursts: how many times Send sends the call (1: a single call) and at what rate.
    int burstCount() const;
    double burstRate() const;
    // Shows the burst's progress, 429 waits and summary, with Cancel and Retry failed wired to it.
    void attachBurst(BurstSender *burst);

    // The call as composed; *problems is empty when it may be sent.
    TrackCall composedCall(QStringList *problems) const;
    Via via() const;
    // The region the first request goes to for `via`: Detected = the workspace's detected region, else
    // its firstHopRegion().
    static Region resolveVia(Via via, const Workspace &workspace);
    // What happens to a call of an account in `account` sent via the `target` host; empty when nothing
    // noteworthy (same region, or the account's region is not known).
    static QString routeWarning(Region account, Region target);
    // The note shown while the region is not verified and "Detected region" is chosen.
    static QString unverifiedNote(Region target, bool automatic);
    // The note shown when the check failed and "Detected region" is chosen; lastSeen: the stored region.
    static QString pickHostNote(Region lastSeen);

Q_SIGNALS:
    // Send: one call, or a burst when burstCount() > 1.
    void sendRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateForm();
    void updateRoute();
    void validate();
    void attemptSend();
    void showProblems(const QStringList &problems);
    bool needsHostChoice() const;
    TrackCall buildCall(const QString &identifier, const QString &name, QStringList *problems) const;
    std::optional<qint64> timestampValue(QString *error) const;
    void updateTimestampNote();
    void reloadTemplates();
    void saveTemplate();
    void deleteTemplate();
    void applyTemplate(int index);
    void showBurstSummary(const BurstSender::Summary &summary);

    QFormLayout *m_form;
    QComboBox *m_templates;
    QToolButton *m_saveTemplate;
    QToolButton *m_deleteTemplate;
    QLabel *m_templateMessage;
    QComboBox *m_kind;
    QLabel *m_identifierLabel;
    QLineEdit *m_identifier;
    QLineEdit *m_secondary;
    QLineEdit *m_deviceId;
    QComboBox *m_platform;
    QWidget *m_deviceRow;
    QLabel *m_eventNameLabel;
    QLineEdit *m_eventName;
    QLabel *m_timestampLabel;
    QWidget *m_timestampRow;
    QCheckBox *m_timestampEnabled;
    QDateTimeEdit *m_timestampPicker;
    QLineEdit *m_timestampSeconds;
    QLabel *m_timestampNote;
    QLabel *m_jsonLabel;
    QPlainTextEdit *m_json;
    QSpinBox *m_count;
    QDoubleSpinBox *m_rate;
    QWidget *m_burstRow;
    QProgressBar *m_burstProgress;
    QLabel *m_burstStatus;
    QPushButton *m_burstCancel;
    QPushButton *m_burstRetry;
    QPointer<BurstSender> m_burst;
    QSettings *m_settings = nullptr;
    std::unique_ptr<CallTemplates> m_templateStore;
    QComboBox *m_via;
    QLabel *m_viaTarget;
    QLabel *m_viaWarning;
    QLabel *m_problems;
    QLabel *m_credentialHint;
    QPushButton *m_send;
    QStringList m_shownProblems;
    std::optional<Workspace> m_workspace;
    std::optional<EndpointTable> m_endpoints;
    bool m_credentialsAvailable = false;
    bool m_regionVerified = true;
    bool m_sending = false;
    bool m_sendAttempted = false; // empty fields are reported from now on
    bool m_identifierEdited = false;
    QSet<const QObject *> m_otherEdited; // secondary person, device ID, JSON: typed by the admin
    bool m_eventNameEdited = false;
};
