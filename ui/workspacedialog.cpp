#include "workspacedialog.h"

#include "ui_workspacedialog.h"

#include <QPushButton>

WorkspaceDialog::WorkspaceDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WorkspaceDialog>())
    , m_existingNames(existingNames)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("workspaceDialog"));

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add workspace"));
    ok->setObjectName(QStringLiteral("addWorkspaceOkButton"));
    ok->setAccessibleName(tr("Add workspace"));
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("addWorkspaceCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    const QString errorStyle = QStringLiteral("color: #c01c28;");
    for (QLabel *label : {m_ui->nameError, m_ui->siteIdError, m_ui->trackKeyError, m_ui->appKeyError}) {
        label->setStyleSheet(errorStyle);
        label->hide();
    }
    m_ui->storeMessage->hide();

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->siteIdEdit, m_ui->trackKeyEdit, m_ui->appKeyEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setProperty("cio_touched", true);
            validate();
        });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WorkspaceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WorkspaceDialog::reject);
    validate();
}

WorkspaceDialog::~WorkspaceDialog() = default;

WorkspaceDraft WorkspaceDialog::draft() const
{
    WorkspaceDraft d;
    d.workspace.name = m_ui->nameEdit->text();
    d.workspace.siteId = m_ui->siteIdEdit->text();
    d.trackApiKey = m_ui->trackKeyEdit->text();
    d.appApiKey = m_ui->appKeyEdit->text();
    d.workspace.hasAppApiKey = !d.appApiKey.isEmpty();
    return d;
}

void WorkspaceDialog::validate()
{
    const WorkspaceDraft d = draft();
    QString nameProblem = validateWorkspaceName(d.workspace.name);
    if (nameProblem.isEmpty() && m_existingNames.contains(d.workspace.name))
        nameProblem = tr("Workspace name: a workspace named \"%1\" already exists").arg(d.workspace.name);
    const struct
    {
        QLineEdit *edit;
        QLabel *label;
        QString problem;
    } checks[] = {
        {m_ui->nameEdit, m_ui->nameError, nameProblem},
        {m_ui->siteIdEdit, m_ui->siteIdError, validateSiteId(d.workspace.siteId)},
        {m_ui->trackKeyEdit, m_ui->trackKeyError, validateApiKey(tr("Track API key"), d.trackApiKey)},
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
    // Messages appear under the fields as the admin types: grow the dialog instead of clipping them.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_busy);
}

void WorkspaceDialog::setFormEnabled(bool enabled)
{
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->siteIdEdit, m_ui->trackKeyEdit, m_ui->appKeyEdit})
        edit->setEnabled(enabled);
}

void WorkspaceDialog::setBusy(const QString &message)
{
    m_busy = true;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    setFormEnabled(false);
    m_ui->storeMessage->setStyleSheet(QString());
    m_ui->storeMessage->setText(message);
    m_ui->storeMessage->show();
    validate();
}

void WorkspaceDialog::showStoreError(const QString &message)
{
    m_busy = false;
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    setFormEnabled(true);
    m_ui->storeMessage->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: bold;"));
    m_ui->storeMessage->setText(tr("The workspace was not added: %1. Nothing was written to disk.").arg(message));
    m_ui->storeMessage->show();
    validate();
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
    // The keychain answers within its watchdog; closing now would leave the outcome unseen.
    if (m_busy)
        return;
    QDialog::reject();
}
