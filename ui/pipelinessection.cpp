#include "pipelinessection.h"

#include "consolesession.h"
#include "hostnames.h"
#include "statuscolors.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString Dash = QStringLiteral("—");
}

PipelinesSection::PipelinesSection(QWidget *parent)
    : QGroupBox(tr("Pipelines API"), parent)
{
    setObjectName(QStringLiteral("pipelinesSection"));
    setAccessibleName(tr("Pipelines API"));
    auto *layout = new QVBoxLayout(this);
    m_diagnosis = label(QStringLiteral("pipelinesDiagnosis"), tr("Pipelines diagnosis"));
    m_diagnosis->setStyleSheet(StatusColors::bannerStyle(StatusColors::BannerKind::Warning, palette()));
    m_diagnosis->hide();
    layout->addWidget(m_diagnosis);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    m_host = label(QStringLiteral("pipelinesHostValue"), tr("Pipelines API host"));
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyPipelinesHostButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy the Pipelines API host"));
    m_copy->setToolTip(tr("Copy the Pipelines API host"));
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        const QString url = m_host->property("copyText").toString();
        if (url.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(url);
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copy, [this] { m_copy->setText(tr("Copy")); });
    });
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_copy, 0, Qt::AlignTop);
    form->addRow(tr("Pipelines host:"), hostRow);
    m_sources = label(QStringLiteral("pipelinesSourcesValue"), tr("Pipelines sources"));
    form->addRow(tr("Sources:"), m_sources);
    layout->addLayout(form);
    hide();
}

QLabel *PipelinesSection::label(const QString &objectName, const QString &accessibleName)
{
    auto *l = new QLabel(this);
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

bool PipelinesSection::isPipelinesFinding(const Diagnosis &diagnosis)
{
    return diagnosis.code == u"pipelines_source_region_disagreement";
}

void PipelinesSection::follow(ConsoleSession *session)
{
    m_session = session;
    for (auto signal : {&ConsoleSession::currentWorkspaceChanged, &ConsoleSession::workspacesChanged,
                        &ConsoleSession::diagnosesChanged})
        connect(session, signal, this, &PipelinesSection::refresh);
    // A source may take its region from another workspace of the account: only those count (a fleet check
    // updates hundreds of workspaces).
    connect(session, &ConsoleSession::workspaceUpdated, this, [this](const Workspace &updated) {
        const std::optional<Workspace> current = m_session->currentWorkspace();
        if (current
            && (updated.name == current->name || (!current->account.isEmpty() && updated.account == current->account)))
            refresh();
    });
    connect(session, &ConsoleSession::regionCheckFinished, this, &PipelinesSection::refresh);
    connect(session, &ConsoleSession::sandboxChanged, this, &PipelinesSection::refresh);
    refresh();
}

void PipelinesSection::refresh()
{
    const std::optional<Workspace> w = m_session ? m_session->currentWorkspace() : std::nullopt;
    if (!w || w->pipelinesSources.isEmpty()) {
        hide();
        return;
    }
    const EndpointTable *endpoints = m_session->activeEndpoints();
    const bool sandbox = m_session->isOnSandbox();
    QStringList lines;
    Region hostRegion = Region::Unknown;
    for (const PipelinesSource &source : w->pipelinesSources) {
        const PipelinesRegion r = m_session->pipelinesRegionOf(*w, source);
        if (!r.known()) {
            lines << tr("%1: region not known: choose US or EU for it (Edit workspace); nothing is sent until then")
                         .arg(source.name);
            continue;
        }
        // The account's detected region names the host; a choice only when nothing is detected.
        if (hostRegion == Region::Unknown || r.basis != PipelinesRegion::Basis::Chosen)
            hostRegion = r.region;
        lines << tr("%1: %2 (%3)", "source: region code (basis)")
                     .arg(source.name, regionCode(r.region).toUpper(), r.basisText());
    }
    m_sources->setText(lines.join(u'\n'));
    if (!endpoints || !endpoints->hasPipelines()) {
        m_host->setText(tr("no Pipelines host in the endpoint table"));
        m_host->setProperty("copyText", QString());
    } else if (hostRegion == Region::Unknown) {
        m_host->setText(Dash);
        m_host->setProperty("copyText", QString());
    } else {
        const QUrl url = endpoints->pipelinesUrl(hostRegion);
        const QString plain = EndpointTable::hostLabel(url);
        const QString shown = HostNames::shown(plain, endpoints, sandbox);
        m_host->setText(shown == plain ? url.toString() : shown);
        m_host->setProperty("copyText", url.toString());
    }
    m_copy->setEnabled(!m_host->property("copyText").toString().isEmpty());
    QStringList findings;
    const QList<Diagnosis> all = m_session->diagnoses();
    for (const Diagnosis &d : all) {
        if (isPipelinesFinding(d))
            findings << QStringLiteral("⚠ ") + d.message;
    }
    m_diagnosis->setText(findings.join(u'\n'));
    m_diagnosis->setVisible(!findings.isEmpty());
    show();
}
