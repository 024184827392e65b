#include "residencyreportdialog.h"

#include "consolesession.h"
#include "reporthtml.h"
#include "reportjson.h"
#include "reportkey.h"
#include "reportpdf.h"
#include "requestlogstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace {

template<typename W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

ResidencyReportDialog::ResidencyReportDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("residencyReportDialog"));
    setWindowTitle(tr("Residency report"));
    resize(900, 680);

    m_scopeKind = named(new QComboBox(this), QStringLiteral("reportScopeKind"), tr("Scope"));
    m_scopeKind->addItem(tr("Every workspace"), int(ResidencyReport::ScopeKind::All));
    m_scopeKind->addItem(tr("One workspace"), int(ResidencyReport::ScopeKind::Workspace));
    m_scopeKind->addItem(tr("One account"), int(ResidencyReport::ScopeKind::Account));
    m_name = named(new QComboBox(this), QStringLiteral("reportScopeName"), tr("Workspace or account"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = named(new QDateEdit(today.addDays(-30), this), QStringLiteral("reportFrom"), tr("From (UTC)"));
    m_to = named(new QDateEdit(today, this), QStringLiteral("reportTo"), tr("To, included (UTC)"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_track = named(new QCheckBox(tr("Track API"), this), QStringLiteral("reportTrackApi"), tr("Track API"));
    m_app = named(new QCheckBox(tr("App API"), this), QStringLiteral("reportAppApi"), tr("App API"));
    m_track->setChecked(true);
    m_app->setChecked(true);

    auto *form = new QFormLayout;
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeKind);
    scopeRow->addWidget(m_name, 1);
    form->addRow(tr("Scope:"), scopeRow);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addStretch();
    form->addRow(tr("Range:"), rangeRow);
    auto *apiRow = new QHBoxLayout;
    apiRow->addWidget(m_track);
    apiRow->addWidget(m_app);
    apiRow->addStretch();
    form->addRow(tr("APIs:"), apiRow);

    m_status = named(new QLabel(this), QStringLiteral("reportStatus"), tr("Report status"));
    m_status->setWordWrap(true);
    m_view = named(new QTextBrowser(this), QStringLiteral("reportPreview"), tr("Report preview"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = named(buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole),
                            QStringLiteral("reportPreviewButton"), tr("Preview"));
    m_saveButton = named(buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole),
                         QStringLiteral("reportSaveButton"), tr("Save report"));
    m_saveButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("reportCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ResidencyReportDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &ResidencyReportDialog::saveAs);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &ResidencyReportDialog::updateNames);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    updateNames();
}

ResidencyReportDialog::~ResidencyReportDialog() = default;

void ResidencyReportDialog::updateNames()
{
    const auto kind = ResidencyReport::ScopeKind(m_scopeKind->currentData().toInt());
    m_name->clear();
    QStringList names;
    for (const Workspace &w : m_session->workspaces()) {
        const QString name = kind == ResidencyReport::ScopeKind::Account ? w.account : w.name;
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    m_name->addItems(names);
    m_name->setEnabled(kind != ResidencyReport::ScopeKind::All);
}

ResidencyReport::Scope ResidencyReportDialog::scope() const
{
    ResidencyReport::Scope s;
    s.kind = ResidencyReport::ScopeKind(m_scopeKind->currentData().toInt());
    s.name = s.kind == ResidencyReport::ScopeKind::All ? QString() : m_name->currentText();
    s.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    s.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    s.apis.clear();
    if (m_track->isChecked())
        s.apis << QStringLiteral("track");
    if (m_app->isChecked())
        s.apis << QStringLiteral("app");
    return s;
}

void ResidencyReportDialog::showProblem(const QString &text)
{
    m_status->setText(text);
    m_previewButton->setEnabled(true);
    m_building = false;
    Q_EMIT previewFailed(text);
}

void ResidencyReportDialog::preview()
{
    if (m_building)
        return;
    const ResidencyReport::Scope s = scope();
    const QList<ResidencyReportBuilder::Problem> problems =
        ResidencyReportBuilder::validate(s, m_session->workspaces());
    if (!problems.isEmpty()) {
        // The window's fields, not the command line's options.
        const QString field = problems.constFirst().field == u"--to" || problems.constFirst().field == u"--from"
            ? tr("Range")
            : problems.constFirst().field == u"--api" ? tr("APIs")
                                                      : tr("Scope");
        showProblem(tr("%1: %2").arg(field, problems.constFirst().message));
        return;
    }
    if (!m_session->logStore() || !m_session->logError().isEmpty()) {
        showProblem(tr("The request log is not available: %1").arg(m_session->logError()));
        return;
    }
    m_building = true;
    m_previewButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_status->setText(tr("Reading the request log…"));
    m_session->logStore()->flush();
    ReportKey::obtain(m_session->keychain(), this, [this, s](const QByteArray &key, const CredentialResult &result) {
        if (!result.ok()) {
            showProblem(
                tr("The report key could not be read from the keychain: %1").arg(CredentialStore::describe(result)));
            return;
        }
        build(s, key);
    });
}

void ResidencyReportDialog::build(const ResidencyReport::Scope &s, const QByteArray &key)
{
    struct Outcome
    {
        ResidencyReport report;
        QString error;
        bool ok = false;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_session->logStore()->path();
    const QList<Workspace> workspaces = m_session->workspaces();
    QThread *thread = QThread::create([outcome, path, workspaces, s, key] {
        outcome->ok = ResidencyReportBuilder::build(path, workspaces, s, key, &outcome->report, &outcome->error);
    });
    // The thread deletes itself, also when the dialog is closed while the report is being built.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome] {
        if (!outcome->ok) {
            showProblem(tr("The report could not be made: %1").arg(outcome->error));
            return;
        }
        m_report = std::move(outcome->report);
        m_hasReport = true;
        m_building = false;
        m_previewButton->setEnabled(true);
        m_saveButton->setEnabled(true);
        m_view->setHtml(ReportHtml::html(m_report, {200, false}));
        m_status->setText(m_report.callCount == 0
                              ? tr("No calls were recorded for this scope in this range; the report says so.")
                              : tr("%n call(s); digest %1", nullptr, m_report.callCount).arg(m_report.digestHex()));
        Q_EMIT previewReady();
    });
    thread->start();
}

bool ResidencyReportDialog::save(const QString &path, const QString &format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool written = false;
    if (format == u"json") {
        written = ReportJson::write(m_report, &file, error);
    } else if (format == u"html") {
        const QByteArray html = ReportHtml::html(m_report, {-1, false}).toUtf8();
        written = file.write(html) == html.size();
    } else {
        const QByteArray pdf = ReportPdf::render(m_report, error);
        written = !pdf.isEmpty() && file.write(pdf) == pdf.size();
    }
    if (!written || !file.commit()) {
        if (error->isEmpty())
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ResidencyReportDialog::saveAs()
{
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save residency report"), QStringLiteral("residency-report.pdf"),
                                     tr("PDF (*.pdf);;JSON (*.json);;HTML (*.html)"), &selected);
    if (path.isEmpty())
        return;
    const QString format = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? QStringLiteral("json")
        : path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive)                  ? QStringLiteral("html")
                                                                                       : QStringLiteral("pdf");
    QString error;
    m_status->setText(save(path, format, &error) ? tr("Saved to %1").arg(path) : error);
}
