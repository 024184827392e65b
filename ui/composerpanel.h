#pragma once

#include "endpointtable.h"
#include "trackcall.h"
#include "workspace.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// "Send a test call": call type, identifier (or anonymous ID), event name, JSON attributes or event data,
// and "Send via". Next to "Send via" the panel names the host the next call goes to and, when that is not
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
    enum class Via { Detected, Us, Eu };

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

    QFormLayout *m_form;
    QComboBox *m_kind;
    QLabel *m_identifierLabel;
    QLineEdit *m_identifier;
    QLineEdit *m_eventName;
    QLabel *m_jsonLabel;
    QPlainTextEdit *m_json;
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
    bool m_eventNameEdited = false;
};
