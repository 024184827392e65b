#include "workspacedialog.h"

#include "statuscolors.h"
#include "ui_workspacedialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

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
    setUpSources();
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
    d.workspace.pipelinesSources = m_sources;
    d.pipelinesApiKeys = m_sourceKeys;
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
    e.pipelinesSources = d.workspace.pipelinesSources;
    e.pipelinesApiKeys = d.pipelinesApiKeys;
    return e;
}

void WorkspaceDialog::setUpSources()
{
    if (m_editing)
        m_sources = m_original.pipelinesSources;
    auto *title = new QLabel(tr("Pipelines sources:"), this);
    title->setObjectName(QStringLiteral("pipelinesSourcesLabel"));
    m_sourceList = new QListWidget(this);
    m_sourceList->setObjectName(QStringLiteral("pipelinesSourceList"));
    m_sourceList->setAccessibleName(tr("Pipelines sources"));
    m_sourceList->setMaximumHeight(m_sourceList->fontMetrics().height() * 5);
    m_sourceName = new QLineEdit(this);
    m_sourceName->setObjectName(QStringLiteral("pipelinesSourceNameEdit"));
    m_sourceName->setAccessibleName(tr("Pipelines source name"));
    m_sourceName->setPlaceholderText(tr("source name"));
    m_sourceKey = new QLineEdit(this);
    m_sourceKey->setObjectName(QStringLiteral("pipelinesSourceKeyEdit"));
    m_sourceKey->setAccessibleName(tr("Pipelines source API key"));
    m_sourceKey->setPlaceholderText(tr("API key"));
    m_sourceKey->setEchoMode(QLineEdit::Password);
    m_sourceRegion = new QComboBox(this);
    m_sourceRegion->setObjectName(QStringLiteral("pipelinesRegionCombo"));
    m_sourceRegion->setAccessibleName(tr("Region chosen for the Pipelines source"));
    m_sourceRegion->addItem(tr("Region: from the account"), int(Region::Unknown));
    m_sourceRegion->addItem(tr("US (chosen)"), int(Region::Us));
    m_sourceRegion->addItem(tr("EU (chosen)"), int(Region::Eu));
    m_sourceRegion->setToolTip(tr("Used only while no region is detected for the account (no Track credentials "
                                  "checked): shown as \"chosen, not verified\"."));
    m_addSource = new QPushButton(tr("Add source"), this);
    m_addSource->setObjectName(QStringLiteral("addPipelinesSourceButton"));
    m_addSource->setAccessibleName(tr("Add the Pipelines source"));
    m_removeSource = new QPushButton(tr("Remove source"), this);
    m_removeSource->setObjectName(QStringLiteral("removePipelinesSourceButton"));
    m_removeSource->setAccessibleName(tr("Remove the selected Pipelines source"));
    m_sourceError = new QLabel(this);
    m_sourceError->setObjectName(QStringLiteral("pipelinesSourceError"));
    m_sourceError->setWordWrap(true);
    m_sourceError->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Error, m_sourceError->palette()));
    m_sourceError->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_sourceName, 2);
    row->addWidget(m_sourceKey, 3);
    row->addWidget(m_sourceRegion, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSource);
    buttons->addWidget(m_removeSource);
    buttons->addStretch(1);
    auto *box = new QVBoxLayout;
    box->addWidget(m_sourceList);
    box->addLayout(row);
    box->addLayout(buttons);
    box->addWidget(m_sourceError);
    m_ui->formLayout->addRow(title, box);
    connect(m_addSource, &QPushButton::clicked, this, &WorkspaceDialog::addSource);
    connect(m_removeSource, &QPushButton::clicked, this, &WorkspaceDialog::removeSource);
    connect(m_sourceList, &QListWidget::currentRowChanged, this, [this] { validate(); });
    for (QLineEdit *e : {m_sourceName, m_sourceKey})
        connect(e, &QLineEdit::textEdited, this, [this] { validate(); });
    listSources();
}

void WorkspaceDialog::listSources()
{
    m_sourceList->clear();
    for (const PipelinesSource &s : std::as_const(m_sources)) {
        const QString region =
            s.chosenRegion ? tr("%1 chosen").arg(regionCode(*s.chosenRegion).toUpper()) : tr("region from the account");
        const QString key = m_sourceKeys.contains(s.name) ? tr("new key") : tr("key stored");
        m_sourceList->addItem(tr("%1 (%2; %3)", "source (region; key)").arg(s.name, region, key));
    }
}

QString WorkspaceDialog::sourceProblem() const
{
    const QString name = m_sourceName->text();
    if (name.isEmpty() && m_sourceKey->text().isEmpty())
        return {};
    QString problem = validatePipelinesSourceName(name);
    const bool listed =
        std::any_of(m_sources.cbegin(), m_sources.cend(), [&name](const PipelinesSource &s) { return s.name == name; });
    // Editing: a listed source's name with a key gives it a new key.
    if (problem.isEmpty() && listed && !(m_editing && m_original.pipelinesSource(name)))
        problem = tr("Pipelines source name: a source named \"%1\" is listed already").arg(name);
    if (problem.isEmpty())
        problem = validatePipelinesApiKey(tr("Pipelines source API key"), m_sourceKey->text());
    return problem;
}

void WorkspaceDialog::addSource()
{
    if (!sourceProblem().isEmpty() || m_sourceName->text().isEmpty())
        return;
    const QString name = m_sourceName->text();
    const auto region = Region(m_sourceRegion->currentData().toInt());
    const std::optional<Region> chosen = region == Region::Unknown ? std::nullopt : std::optional<Region>(region);
    bool replaced = false;
    for (PipelinesSource &s : m_sources) {
        if (s.name == name) {
            s.chosenRegion = chosen;
            replaced = true;
        }
    }
    if (!replaced)
        m_sources << PipelinesSource {name, chosen};
    m_sourceKeys.insert(name, m_sourceKey->text());
    m_sourceName->clear();
    m_sourceKey->clear();
    m_sourceRegion->setCurrentIndex(0);
    listSources();
    validate();
}

void WorkspaceDialog::removeSource()
{
    const int row = m_sourceList->currentRow();
    if (row < 0 || row >= m_sources.size())
        return;
    m_sourceKeys.remove(m_sources.at(row).name);
    m_sources.removeAt(row);
    listSources();
    validate();
}

void WorkspaceDialog::validate()
{
    const WorkspaceDraft d = draft();
    QString nameProblem = validateWorkspaceName(d.workspace.name);
    if (nameProblem.isEmpty() && m_takenNames.contains(d.workspace.name))
        nameProblem = tr("Workspace name: a workspace named \"%1\" already exists").arg(d.workspace.name);
    // Adding needs a Track API key unless the workspace is Pipelines-only (no Site ID, a source listed);
    // editing keeps the stored one when the field is empty.
    const bool pipelinesOnly = d.workspace.siteId.isEmpty() && d.trackApiKey.isEmpty() && !m_sources.isEmpty()
        && !(m_editing && m_original.hasTrackCredentials());
    const bool trackOptional =
        (m_editing && d.trackApiKey.isEmpty() && m_original.hasTrackCredentials()) || pipelinesOnly;
    const struct
    {
        QLineEdit *edit;
        QLabel *label;
        QString problem;
    } checks[] = {
        {m_ui->nameEdit, m_ui->nameError, nameProblem},
        {m_ui->siteIdEdit, m_ui->siteIdError, pipelinesOnly ? QString() : validateSiteId(d.workspace.siteId)},
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
    const QString credentials = validateCredentialSet(
        d.workspace.siteId, !d.trackApiKey.isEmpty() || (m_editing && m_original.hasTrackCredentials()),
        !d.appApiKey.isEmpty() || (m_editing && m_original.hasAppApiKey && !d.removeAppApiKey), int(m_sources.size()));
    const QString sourceRow = sourceProblem();
    const bool sourceTyped = !m_sourceName->text().isEmpty() || !m_sourceKey->text().isEmpty();
    m_sourceError->setText(sourceTyped ? sourceRow : credentials);
    m_sourceError->setVisible(!m_sourceError->text().isEmpty()
                              && (sourceTyped || m_ui->siteIdEdit->property("cio_touched").toBool()));
    m_addSource->setEnabled(!m_busy && sourceTyped && sourceRow.isEmpty());
    m_removeSource->setEnabled(!m_busy && m_sourceList->currentRow() >= 0);
    // A source typed and not added yet would be lost: it is added first.
    valid = valid && credentials.isEmpty() && !sourceTyped;
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
    for (QWidget *w : std::initializer_list<QWidget *> {m_sourceList, m_sourceName, m_sourceKey, m_sourceRegion})
        w->setEnabled(enabled);
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
