#pragma once

#include "trackcall.h"
#include "workspace.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// "Send a test call": call type, identifier (or anonymous ID), event name, JSON attributes or event data,
// and "Send via". Validated as it is typed with TrackCall::validate() and parseJsonObjectField(); the
// problems, each naming the field and the limit, are listed under the form and Send stays disabled while
// there is any, or while the workspace's credentials are not available.
class ComposerPanel : public QGroupBox
{
    Q_OBJECT

public:
    enum class Via { Detected, Us, Eu };

    explicit ComposerPanel(QWidget *parent = nullptr);

    // The workspace calls go to (null: none); "Detected region" names the host it resolves to.
    void setWorkspace(const Workspace *workspace);
    // Send needs the Track API key; `why` explains when it is not available.
    void setCredentialsAvailable(bool available, const QString &why = {});

    void setCall(CallKind kind, const QString &identifier, const QString &name, const QString &json, Via via);

    // The call as composed; *problems is empty when it may be sent.
    TrackCall composedCall(QStringList *problems) const;
    Via via() const;
    // The region the first request goes to for `via`: Detected = the workspace's detected region, else
    // its firstHopRegion().
    static Region resolveVia(Via via, const Workspace &workspace);

Q_SIGNALS:
    void sendRequested();

private:
    void updateForm();
    void validate();

    QFormLayout *m_form;
    QComboBox *m_kind;
    QLabel *m_identifierLabel;
    QLineEdit *m_identifier;
    QLineEdit *m_eventName;
    QLabel *m_jsonLabel;
    QPlainTextEdit *m_json;
    QComboBox *m_via;
    QLabel *m_problems;
    QLabel *m_credentialHint;
    QPushButton *m_send;
    bool m_credentialsAvailable = false;
    bool m_hasWorkspace = false;
};
