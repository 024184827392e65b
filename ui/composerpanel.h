#pragma once

#include "burstsender.h"
#include "calltemplates.h"
#include "endpointtable.h"
#include "requestrecord.h"
#include "trackcall.h"
#include "workspace.h"

#include <QGroupBox>
#include <QSet>

#include <memory>
#include <optional>

class BurstStatus;
class PipelinesForm;
class ProblemList;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class RouteAdvice;
class TemplateBar;
class TimestampEditor;

// "Send a test call": every composable call of the call shapes (composableCalls(): identify, delete,
// event, page and screen views, anonymous event, devices, suppress, merge, form submit, manual segment
// add and remove, Track v2 entity and batch). The
// form shows the fields of the chosen call's shape, labelled and hinted by it, required ones marked with
// "*": identifier (or anonymous ID, or the primary person), secondary person, device ID and platform,
// event name (page URL, screen name), a timestamp (TimestampEditor), an event's de-duplication ID with
// Generate (a new ULID, Ulid::generate()), merge's identifier type per side, a form's or manual segment's
// ID and the people's ids, JSON attributes, event data, form fields or v2 body, and "Send via"
// (RouteAdvice).
//
// Templates: named compositions saved per workspace (TemplateBar over CallTemplates); the last composed
// call is restored on start. Bursts: "× N" at a rate per second sends the call N times through a
// BurstSender, shown by a BurstStatus.
//
// The call is checked as it is typed (TrackCall::validate(), and the parsing of its JSON and timestamp).
// Each problem is shown on its field's input, found by the problem's field id: the input is tinted and
// has the property "hasProblem", and its tooltip and accessible description give the problems
// (describeProblem()). All problems are also listed under the form (ProblemList, an area of fixed height:
// nothing below it moves). A field that is still empty is only reported once it was edited or Send was attempted
// (a click on the disabled Send, or Return in a field). Send stays disabled while there is any problem,
// while the workspace's credentials are not available, and while a call sent from here is in flight (it
// reads "Sending…" then).
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
    // "Workspace route" names no host and Send stays disabled, asking for US host or EU host (a forced
    // route is a choice already and still applies). Never falls back to the US silently.
    void setRegionVerified(bool verified);
    bool isRegionVerified() const;
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
    // The outcome of the single call last sent from here (Send), replacing the last burst's summary. Other
    // calls (a burst's, a region check's) are ignored.
    void showCallResult(const RequestRecord &record);

    // The API the form composes for: "track" (the Track and App API calls above) or "pipelines" (a
    // PipelinesForm: the workspace's source, the Pipelines calls and semantic events, strict mode; no route
    // and no burst, the source's region decides the host).
    QString api() const;
    void setApi(const QString &api);
    bool isPipelines() const { return api() == u"pipelines"; }
    // The Pipelines sources of the workspace, by name (empty: none; Send stays disabled for Pipelines).
    void setPipelinesSources(const QStringList &names);
    QString pipelinesSource() const;
    bool pipelinesStrictMode() const;
    PipelinesForm *pipelinesForm() const { return m_pipelines; }

    // The call as composed (a Pipelines call when isPipelines()); *problems is empty when it may be sent.
    TrackCall composedCall(QList<CallProblem> *problems) const;
    // The same, with the problems worded (describeProblem()).
    TrackCall composedCall(QStringList *problems) const;
    Via via() const;

Q_SIGNALS:
    // Send: one call, or a burst when burstCount() > 1.
    void sendRequested();
    // Esc in the composer: cancel the calls it sent that are still in flight.
    void cancelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CallKind kind() const;
    void updateForm();
    void updateApi();
    void validate();
    void attemptSend();
    void showProblems(const QList<CallProblem> &problems);
    // The input that shows a field of the call shapes (null for an id the form has no input for), and
    // the text typed into a text or choice field.
    QWidget *inputFor(const QString &fieldId) const;
    QString textOf(const QString &fieldId) const;
    // Still empty and neither edited nor sent: its problems are not reported yet.
    bool isQuiet(const QString &fieldId) const;

    QFormLayout *m_form;
    QComboBox *m_api;
    PipelinesForm *m_pipelines;
    QWidget *m_trackRows; // the route row, hidden for Pipelines
    TemplateBar *m_templateBar;
    QComboBox *m_kind;
    QLabel *m_identifierLabel;
    QLineEdit *m_identifier;
    QLabel *m_secondaryLabel;
    QLineEdit *m_secondary;
    QLabel *m_deviceLabel;
    QLineEdit *m_deviceId;
    QComboBox *m_platform;
    QWidget *m_deviceRow;
    QLabel *m_identifierTypeLabel;
    QComboBox *m_identifierType;
    QLabel *m_secondaryTypeLabel;
    QComboBox *m_secondaryType;
    QLabel *m_eventIdLabel;
    QLineEdit *m_eventId;
    QWidget *m_eventIdRow;
    QLabel *m_targetIdLabel;
    QLineEdit *m_targetId;
    QLabel *m_idsLabel;
    QLineEdit *m_ids;
    QLabel *m_eventNameLabel;
    QLineEdit *m_eventName;
    QLabel *m_timestampLabel;
    TimestampEditor *m_timestamp;
    QLabel *m_jsonLabel;
    QPlainTextEdit *m_json;
    RouteAdvice *m_route;
    QSpinBox *m_count;
    QDoubleSpinBox *m_rate;
    BurstStatus *m_burstStatus;
    std::unique_ptr<CallTemplates> m_templateStore;
    ProblemList *m_problems;
    QLabel *m_credentialHint;
    QPushButton *m_send;
    QString m_idleSendText; // Send's text while no call is in flight, as last shown
    bool m_awaitingResult = false; // a single call was sent from here: its result replaces the summary
    std::optional<Workspace> m_workspace;
    bool m_credentialsAvailable = false;
    bool m_sending = false;
    bool m_sendAttempted = false; // empty fields are reported from now on
    QSet<const QWidget *> m_edited; // inputs typed into by the admin (not only set by code)
};
