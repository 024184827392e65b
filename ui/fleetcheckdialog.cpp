#include "fleetcheckdialog.h"

#include "consolesession.h"
#include "throttle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

FleetCheckDialog::FleetCheckDialog(ConsoleSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_check(new FleetCheck(session, this))
{
    setObjectName(QStringLiteral("fleetCheckDialog"));
    setWindowTitle(tr("Check all workspaces"));
    resize(760, 480);

    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("fleetConcurrency"));
    m_concurrency->setAccessibleName(tr("Workspaces checked at once"));
    m_concurrency->setRange(1, FleetCheck::MaxConcurrency);
    m_concurrency->setValue(FleetCheck::DefaultConcurrency);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fleetProgress"));
    m_progress->setAccessibleName(tr("Workspaces checked"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setValue(0);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("fleetResults"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setHorizontalHeaderLabels(
        {tr("Workspace"), tr("Account"), tr("Region"), tr("Workspace ID"), tr("Answered by / problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(QStringLiteral("fleetStartButton"));
    m_startButton->setAccessibleName(tr("Start the check"));
    m_cancelButton = buttons->addButton(tr("Ca&ncel check"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("fleetCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the check"));
    m_cancelButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("fleetCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startButton, &QPushButton::clicked, this, &FleetCheckDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, m_check, &FleetCheck::cancel);
    // Results come several a millisecond with a high concurrency: the table and the progress bar (which
    // repaints at once on every change) follow them a few times a second.
    m_refresh = new Throttle(
        50, [this] { showReceived(); }, this);
    connect(m_check, &FleetCheck::workspaceChecked, this, &FleetCheckDialog::addResult);
    connect(m_check, &FleetCheck::progress, this, [this](int done, int total) {
        m_done = done;
        m_total = total;
        m_refresh->request();
    });
    connect(m_check, &FleetCheck::finished, this, &FleetCheckDialog::showSummary);
    // Closing the dialog ends the check.
    connect(this, &QDialog::finished, m_check, &FleetCheck::cancel);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Workspaces checked at once:"), this));
    top->addWidget(m_concurrency);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_summary->setText(tr("%n workspace(s) to check.", nullptr, int(m_session->workspaces().size())));
}

void FleetCheckDialog::start()
{
    m_received.clear();
    m_table->setRowCount(0);
    m_summary->clear();
    // A check with nothing to do ends inside start(), its summary shown: nothing is running then.
    if (!m_check->start(m_session->workspaces(), m_concurrency->value()) || !m_check->isRunning())
        return;
    m_startButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_concurrency->setEnabled(false);
}

void FleetCheckDialog::addResult(const FleetCheck::Result &r)
{
    m_received.append(r);
    m_refresh->request();
}

void FleetCheckDialog::showReceived()
{
    m_progress->setMaximum(qMax(m_total, 1));
    m_progress->setValue(m_done);
    if (m_received.isEmpty())
        return;
    const QList<FleetCheck::Result> received = std::exchange(m_received, {});
    m_table->setUpdatesEnabled(false);
    for (const FleetCheck::Result &r : received) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {
            r.workspace.name,
            r.workspace.account,
            r.info.ok ? regionCode(r.info.region).toUpper() : tr("failed"),
            r.info.ok && r.info.environmentId >= 0 ? QString::number(r.info.environmentId) : QString(),
            r.info.ok ? r.info.handledBy : r.info.error,
        };
        for (int column = 0; column < int(cells.size()); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->setUpdatesEnabled(true);
}

void FleetCheckDialog::showSummary(const FleetCheck::Summary &s)
{
    showReceived();
    m_startButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    m_concurrency->setEnabled(true);
    QStringList regions;
    for (auto it = s.perRegion.cbegin(); it != s.perRegion.cend(); ++it)
        regions << tr("%1: %2").arg(it.key().toUpper(), QString::number(it.value()));
    QString text = s.cancelled ? tr("Cancelled after %n workspace(s).", nullptr, s.checked)
                               : tr("%n workspace(s) checked.", nullptr, s.checked - s.pipelinesOnly);
    if (!regions.isEmpty())
        text += u' ' + regions.join(QStringLiteral(", ")) + u'.';
    if (s.failures > 0)
        text += u' ' + tr("%n failed.", nullptr, s.failures);
    if (s.pipelinesOnly > 0)
        text += u' ' + tr("%n with Pipelines sources only, not checked.", nullptr, s.pipelinesOnly);
    for (const QString &line : s.disagreements)
        text += u'\n' + tr("Workspaces of one account in different regions: %1").arg(line);
    m_summary->setText(text);
}
