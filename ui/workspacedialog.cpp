#include "workspacedialog.h"

#include "statuscolors.h"
#include "ui_workspacedialog.h"

#include <QLabel>
#include <QPushButton>

namespace { } // namespace

WorkspaceDialog::WorkspaceDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WorkspaceDialog>())
    , m_takenNames(existingNames)
{
    setUp();
}

WorkspaceDialog::WorkspaceDialog(const Workspace &current, const QStringList &otherNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WorkspaceDialog>())
    , m_takenNames(otherNames)
    , m_editing(true)
    , m_original(current)
{
    setUp();
}

WorkspaceDialog::~WorkspaceDialog() = default;

void WorkspaceDialog::setUp()
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("workspaceDialog"));

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("addWorkspaceCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    if (m_editing) {
        setWindowTitle(tr("Edit workspace"));
        setAccessibleName(tr("Edit workspace"));
        ok->setText(tr("Save changes"));
        ok->setObjectName(QStringLiteral("editWorkspaceOkButton"));
        ok->setAccessibleName(tr("Save changes"));
        m_ui->introLabel->setText(
            tr("Change what you need and leave the rest. A key field left empty keeps the stored key; type a new "
               "key to replace it (Customer.io: Account Settings › API Credentials). A new Site ID or Track API "
               "key is checked with Customer.io before anything is saved, and the region learned from the old "
               "ones is learned again."));
        m_ui->nameEdit->setText(m_original.name);
        m_ui->siteIdEdit->setText(m_original.siteId);
        m_ui->accountEdit->setText(m_original.account);
        const QString unchanged = tr("unchanged (type a new key to replace it)");
        m_ui->trackKeyEdit->setPlaceholderText(unchanged);
        m_ui->trackKeyEdit->setAccessibleName(tr("New Track API key (empty keeps the stored key)"));
        m_ui->appKeyEdit->setPlaceholderText(m_original.hasAppApiKey ? unchanged : tr("none (optional)"));
        m_ui->appKeyEdit->setAccessibleName(tr("New App API key (empty keeps the stored key)"));
        m_ui->removeAppKeyCheck->setVisible(m_original.hasAppApiKey);
        connect(m_ui->removeAppKeyCheck, &QCheckBox::toggled, this, [this](bool remove) {
            if (remove)
                m_ui->appKeyEdit->clear();
            m_ui->appKeyEdit->setEnabled(!remove && !m_busy);
            validate();
        });
    } else {
        ok->setText(tr("Add workspace"));
        ok->setObjectName(QStringLiteral("addWorkspaceOkButton"));
        ok->setAccessibleName(tr("Add workspace"));
        m_ui->removeAppKeyCheck->hide();
    }

    for (QLabel *label :
         {m_ui->nameError, m_ui->siteIdError, m_ui->accountError, m_ui->trackKeyError, m_ui->appKeyError}) {
        label->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Error, label->palette()));
        label->hide();
    }
    m_ui->storeMessage->hide();
    m_ui->storeMessage->setTextFormat(Qt::RichText);
    setSessionOnlyOffered(false);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            Q_EMIT sessionOnlyRequested();
    });

    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->siteIdEdit, m_ui->accountEdit, m_ui->trackKeyEdit, m_ui->appKeyEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setProperty("cio_touched", true);
            // A new entry makes an earlier outcome stale.
            setSessionOnlyOffered(false);
            validate();
        });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkspaceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WorkspaceDialog::reject);
    validate();
}

WorkspaceDraft WorkspaceDialog::draft() const
{
    WorkspaceDraft d;
    d.workspace = m_editing ? m_original : Workspace();
    d.workspace.name = m_ui->nameEdit->text();
    d.workspace.siteId = m_ui->siteIdEdit->text();
    d.workspace.account = m_ui->accountEdit->text();
    d.trackApiKey = m_ui->trackKeyEdit->text();
    d.appApiKey = m_ui->appKeyEdit->text();
    d.removeAppApiKey = m_editing && m_ui->removeAppKeyCheck->isChecked();
    if (!m_editing)
        d.workspace.hasAppApiKey = !d.appApiKey.isEmpty();
    return d;
}

WorkspaceEdit WorkspaceDialog::edit() const
{
    const WorkspaceDraft d = draft();
    WorkspaceEdit e = WorkspaceEdit::of(m_original);
    e.name = d.workspace.name;
    e.siteId = d.workspace.siteId;
    e.account = d.workspace.account;
    if (!d.trackApiKey.isEmpty())
        e.trackApiKey = d.trackApiKey;
    if (!d.appApiKey.isEmpty())
        e.appApiKey = d.appApiKey;
    e.removeAppApiKey = d.removeAppApiKey;
    return e;
}

void WorkspaceDialog::validate()
{
    const WorkspaceDraft d = draft();
    QString nameProblem = validateWorkspaceName(d.workspace.name);
    if (nameProblem.isEmpty() && m_takenNames.contains(d.workspace.name))
        nameProblem = tr("Workspace name: a workspace named \"%1\" already exists").arg(d.workspace.name);
    // Adding needs a Track API key; editing keeps the stored one when the field is empty.
    const bool trackOptional = m_editing && d.trackApiKey.isEmpty();
    const struct
    {
        QLineEdit *edit;
        QLabel *label;
        QString problem;
    } checks[] = {
        {m_ui->nameEdit, m_ui->nameError, nameProblem},
        {m_ui->siteIdEdit, m_ui->siteIdError, validateSiteId(d.workspace.siteId)},
        {m_ui->accountEdit, m_ui->accountError, validateAccountName(d.workspace.account)},
        {m_ui->trackKeyEdit, m_ui->trackKeyError,
         trackOptional ? QString() : validateApiKey(tr("Track API key"), d.trackApiKey)},
        {m_ui->appKeyEdit, m_ui->appKeyError,
         d.appApiKey.isEmpty() ? QString() : validateApiKey(tr("App API key"), d.appApiKey)},
    };
    bool valid = true;
    for (const auto &check : checks) {
        valid = valid && check.problem.isEmpty();
        // A field is judged once the admin has typed in it; OK is disabled from the start regardless.
        const bool show = !check.problem.isEmpty() && check.edit->property("cio_touched").toBool();
        check.label->setText(check.problem);
        check.label->setVisible(show);
    }
    if (m_editing && valid)
        valid = edit().changesSomething();
    // Messages appear under the fields as the admin types: grow the dialog instead of clipping them, and
    // shrink it again when they go (unless the admin resized it meanwhile).
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height() || (height() == m_fittedHeight && needed < height())) {
        resize(width(), needed);
        m_fittedHeight = needed;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_busy);
}

void WorkspaceDialog::setCheckTarget(const QString &where)
{
    auto *label = findChild<QLabel *>(QStringLiteral("checkTargetLabel"));
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("checkTargetLabel"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_ui->mainLayout->insertWidget(1, label);
    }
    label->setText(tr("Keys are checked with: %1.").arg(where));
    label->setAccessibleName(label->text());
}

void WorkspaceDialog::setFormEnabled(bool enabled)
{
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->siteIdEdit, m_ui->accountEdit, m_ui->trackKeyEdit})
        edit->setEnabled(enabled);
    m_ui->appKeyEdit->setEnabled(enabled && !m_ui->removeAppKeyCheck->isChecked());
    m_ui->removeAppKeyCheck->setEnabled(enabled);
}

void WorkspaceDialog::setBusy(const QString &message)
{
    m_busy = true;
    // Adding can be cancelled at any time (a missing keychain may take long to answer); an edit cannot.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_editing);
    setSessionOnlyOffered(false);
    setFormEnabled(false);
    m_ui->storeMessage->setStyleSheet(QString());
    m_ui->storeMessage->setText(message.toHtmlEscaped());
    m_ui->storeMessage->show();
    validate();
}

void WorkspaceDialog::setSessionOnlyOffered(bool offered)
{
    m_ui->sessionOnlyButton->setVisible(offered);
    m_ui->sessionOnlyNote->setVisible(offered);
}

// The outcome in red: what happened in bold, then why.
void WorkspaceDialog::showProblem(const QString &lead, const QString &detail)
{
    m_busy = false;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    setFormEnabled(true);
    m_ui->storeMessage->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Error, palette()));
    m_ui->storeMessage->setText(QStringLiteral("<b>%1</b> %2").arg(lead.toHtmlEscaped(), detail.toHtmlEscaped()));
    m_ui->storeMessage->show();
    validate();
}

void WorkspaceDialog::showRejected(const QString &message)
{
    setSessionOnlyOffered(false);
    showProblem(m_editing ? tr("Nothing was changed:") : tr("The workspace was not added:"),
                tr("%1. Check the Site ID and Track API key under Account Settings › API Credentials in "
                   "Customer.io.")
                    .arg(message));
}

void WorkspaceDialog::showStoreError(const QString &message, bool offerSessionOnly)
{
    const bool offer = offerSessionOnly && !m_editing;
    setSessionOnlyOffered(offer);
    if (m_editing) {
        showProblem(tr("Nothing was changed:"), message + u'.');
        return;
    }
    QString detail = tr("%1. Nothing was written to disk.").arg(message);
    if (offer)
        detail += u' ' + tr("You can still use it for this session only.");
    showProblem(tr("The workspace was not added:"), detail);
}

void WorkspaceDialog::finishSaved()
{
    m_busy = false;
    QDialog::accept();
}

void WorkspaceDialog::accept()
{
    if (m_busy || !m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    Q_EMIT submitted();
}

void WorkspaceDialog::reject()
{
    // An edit's keychain answers within its watchdog; closing now would leave the outcome unseen.
    if (m_busy && m_editing)
        return;
    if (m_busy) {
        m_busy = false;
        Q_EMIT cancelRequested();
    }
    QDialog::reject();
}
