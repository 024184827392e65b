#include "logpane.h"

#include "requestinspection.h"

#include "callreplay.h"
#include "consolesession.h"
#include "delegates.h"
#include "hostnames.h"
#include "logexportfile.h"
#include "logfilterbar.h"
#include "loginspectoractions.h"
#include "regionbadge.h"
#include "requestdetail.h"
#include "requestlogmodel.h"
#include "requestlogproxy.h"
#include "requestlogstore.h"
#include "requestlogview.h"
#include "requestrecorder.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTextEdit>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace {
void nameWidget(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}
} // namespace

LogPane::LogPane(ConsoleSession *session, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_session(session)
    , m_log(new RequestLogModel(session->recorder(), 5000, this))
{
    setObjectName(QStringLiteral("bottomSplitter"));
    setChildrenCollapsible(false);
    m_log->setPollInterval(1000);
    // A burst's rows are shown together, once a frame: the table is laid out and painted once a frame.
    m_log->setUpdateInterval(RequestLogView::ModelUpdateIntervalMs);
    buildActions();

    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Request log"), logPane);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addStretch(1);
    // Filters run in the model (in SQL over the stored log); calls keep arriving while one is set.
    m_filterBar = new LogFilterBar(logPane);
    connect(m_filterBar, &LogFilterBar::filterChanged, this, [this](const RequestLogFilter &filter) {
        m_log->setFilter(filter);
        if (!m_log->errorString().isEmpty())
            Q_EMIT statusMessage(tr("Request log: %1").arg(m_log->errorString()));
        updateActions();
        updateEmptyText();
        showDetail(); // the search text is marked in the detail
    });
    auto *exportButton = new QToolButton(logPane);
    exportButton->setText(tr("Export"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->setObjectName(QStringLiteral("exportLogMenu"));
    exportMenu->setToolTipsVisible(true);
    exportMenu->addAction(m_exportSelectedAction);
    exportMenu->addAction(m_exportHarAction);
    exportMenu->addAction(m_exportJsonlAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_copyCurlAction);
    exportButton->setMenu(exportMenu);
    nameWidget(exportButton, QStringLiteral("exportLogButton"), tr("Export the request log"));
    header->addWidget(exportButton);
    auto *clear = new QPushButton(tr("Clear log…"), logPane);
    nameWidget(clear, QStringLiteral("clearLogButton"), tr("Clear the request log"));
    clear->setToolTip(m_clearLogAction->toolTip());
    connect(clear, &QPushButton::clicked, this, &LogPane::clearLog);
    // With the filters' chips (shown while a filter is set), so that it widens nothing; its action is the
    // inspector's, set below.
    auto *clearMatching = new QToolButton(logPane);
    nameWidget(clearMatching, QStringLiteral("clearMatchingButton"), tr("Clear the calls matching the filters"));
    m_filterBar->addTrailingWidget(clearMatching);
    header->addWidget(clear);
    logLayout->addLayout(header);
    // The filters on a row of their own: the log fits a 720 px wide window (1440×900 at scale 2).
    logLayout->addWidget(m_filterBar);

    // Sorting only: filters are the model's (see above).
    m_proxy = new RequestLogProxy(this);
    m_proxy->setObjectName(QStringLiteral("requestLogProxy"));
    m_proxy->setSourceModel(m_log);

    m_view = new RequestLogView(logPane);
    nameWidget(m_view, QStringLiteral("requestLogView"), tr("Request log"));
    m_view->setModel(m_proxy);
    // Right-click a call: copy it as curl, export the selection.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_copyCurlAction);
    m_view->addAction(m_exportSelectedAction);
    m_view->addAction(m_cancelCallAction);
    m_view->addAction(m_sendAgainAction);
    m_view->addAction(m_openInComposerAction);
    m_inspector = new LogInspectorActions(m_session, m_view, m_log, m_proxy, this);
    m_inspector->setFilter([this] { return m_filterBar->filter(); });
    clearMatching->setDefaultAction(m_inspector->clearMatchingAction());

    m_view->addAction(m_inspector->compareAction());
    exportMenu->addSeparator();
    exportMenu->addAction(m_inspector->importHarAction());
    connect(m_inspector, &LogInspectorActions::statusMessage, this, &LogPane::statusMessage);
    connect(m_inspector, &LogInspectorActions::errorMessage, this, &LogPane::errorMessage);
    logLayout->addWidget(m_view, 1);
    m_emptyLabel = new QLabel(m_view->viewport());
    m_emptyLabel->setObjectName(QStringLiteral("logEmptyText"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->setGeometry(0, 0, 600, 60);
    addWidget(logPane);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailTitle = new QLabel(tr("Selected call"), detailPane);
    detailTitle->setFont(titleFont);
    detailTitle->setMinimumHeight(clear->sizeHint().height());
    detailLayout->addWidget(detailTitle);
    m_detail = new QTextEdit(detailPane);
    nameWidget(m_detail, QStringLiteral("requestDetail"), tr("Details of the selected call"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QTextEdit::WidgetWidth);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_detail->setFont(fixed);
    m_detail->document()->setDefaultFont(fixed);
    m_detail->setPlaceholderText(tr("Select a call in the log to see its hops, headers and bodies."));
    detailLayout->addWidget(m_detail, 1);
    addWidget(detailPane);
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
    // The log's columns name Customer.io's hosts (HostNames): the log gets the larger share.
    setSizes({1030, 240});

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogPane::showDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogPane::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogPane::updateActions);
    updateActions();
    connect(m_log, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
                if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                    showDetail();
            });
    connect(m_log, &QAbstractItemModel::modelReset, this, &LogPane::showDetail);
    connect(m_log, &QAbstractItemModel::modelReset, this, &LogPane::updateEmptyText);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &LogPane::updateEmptyText);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, &LogPane::updateEmptyText);
    updateEmptyText();
}

void LogPane::sendAgain()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return;
    QString why;
    const qint64 live = m_session->replay(m_log->recordAt(index.row()), &why);
    if (live == 0)
        Q_EMIT errorMessage(tr("Not sent again: %1").arg(why));
    else
        selectCall(live);
}

void LogPane::openSelectedInComposer()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return;
    const RequestRecord row = m_log->recordAt(index.row());
    QString why;
    const std::optional<TrackCall> call = CallReplay::rebuild(row, &why);
    if (!call) {
        Q_EMIT errorMessage(tr("Cannot open in the composer: %1").arg(why));
        return;
    }
    Q_EMIT openInComposer(CallReplay::composition(*call, row.routeRegion));
}

void LogPane::updateEmptyText()
{
    const bool empty = m_log->rowCount() == 0;
    m_emptyLabel->setText(m_filterBar->isActive() ? tr("No call matches these filters.")
                                                  : tr("No calls yet. Calls you send appear here."));
    m_emptyLabel->setGeometry(m_view->viewport()->rect().adjusted(0, 0, 0, -m_view->viewport()->height() / 2));
    m_emptyLabel->setVisible(empty);
}

LogPane::~LogPane()
{
    for (const QPointer<QThread> &thread : std::as_const(m_exports)) {
        if (!thread)
            continue;
        thread->wait();
        delete thread; // its done() was meant for this pane: it will not run
    }
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_log, nullptr, this, nullptr);
    m_proxy->setSourceModel(nullptr);
}

void LogPane::buildActions()
{
    m_exportSelectedAction = new QAction(tr("Export selected as HAR…"), this);
    m_exportSelectedAction->setObjectName(QStringLiteral("exportSelectedHarAction"));
    m_exportSelectedAction->setToolTip(tr("Save the selected calls as a HAR file (opens in a browser's devtools)"));
    connect(m_exportSelectedAction, &QAction::triggered, this, [this] { chooseExportFile(ExportKind::SelectedHar); });

    m_exportHarAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export matching as HAR…"), this);
    m_exportHarAction->setObjectName(QStringLiteral("exportMatchingHarAction"));
    m_exportHarAction->setToolTip(tr("Save every stored call that matches the log's filters as a HAR file"));
    connect(m_exportHarAction, &QAction::triggered, this, [this] { chooseExportFile(ExportKind::MatchingHar); });

    m_exportJsonlAction = new QAction(tr("Export matching as JSONL…"), this);
    m_exportJsonlAction->setObjectName(QStringLiteral("exportMatchingJsonlAction"));
    m_exportJsonlAction->setToolTip(
        tr("Save every stored call that matches the log's filters, one JSON object a line"));
    connect(m_exportJsonlAction, &QAction::triggered, this, [this] { chooseExportFile(ExportKind::MatchingJsonl); });

    m_copyCurlAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy as curl"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setToolTip(
        tr("Copy a curl command repeating the selected call; the key is read from $CIO_TRACK_API_KEY"));
    connect(m_copyCurlAction, &QAction::triggered, this, &LogPane::copySelectedAsCurl);

    m_clearLogAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-clear-all")), tr("Clear log…"), this);
    m_clearLogAction->setObjectName(QStringLiteral("clearLogAction"));
    m_clearLogAction->setToolTip(tr("Delete every call in the request log, the command line's included"));
    connect(m_clearLogAction, &QAction::triggered, this, &LogPane::clearLog);

    m_sendAgainAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Send again"), this);
    m_sendAgainAction->setObjectName(QStringLiteral("sendAgainAction"));
    m_sendAgainAction->setToolTip(
        tr("Send the selected call again: same workspace, call, fields and first host, after the usual checks"));
    connect(m_sendAgainAction, &QAction::triggered, this, &LogPane::sendAgain);
    m_openInComposerAction = new QAction(tr("Open in composer"), this);
    m_openInComposerAction->setObjectName(QStringLiteral("openInComposerAction"));
    m_openInComposerAction->setToolTip(tr("Put the selected call's fields in the composer, to change and send"));
    connect(m_openInComposerAction, &QAction::triggered, this, &LogPane::openSelectedInComposer);

    m_cancelCallAction = new QAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Cancel call"), this);
    m_cancelCallAction->setObjectName(QStringLiteral("cancelCallAction"));
    m_cancelCallAction->setToolTip(tr("Stop the selected call while it waits for its host; it ends as cancelled"));
    connect(m_cancelCallAction, &QAction::triggered, this, [this] {
        const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
        if (index.isValid() && index.data(RequestLogModel::PendingRole).toBool())
            m_session->cancelCall(index.data(RequestLogModel::IdRole).toLongLong());
    });
}

void LogPane::fitColumns()
{
    QHeaderView *columns = m_view->horizontalHeader();
    const QFontMetrics fm(m_view->font());
    QFont boldFont = m_view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    // The delegate's text margins and the grid line, with a little air.
    const int padding = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 4;
    // A header needs its title; only the sorted column also needs room for the sort indicator.
    const QFontMetrics headerMetrics(columns->font());
    const int headerMargin = 2 * columns->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, columns) + 4;
    const auto fit = [&](int column, int contentWidth) {
        const int header = column == columns->sortIndicatorSection()
            ? columns->sectionSizeHint(column)
            : headerMetrics.horizontalAdvance(m_log->headerData(column, Qt::Horizontal).toString()) + headerMargin;
        columns->resizeSection(column, qMax(header, contentWidth + padding));
    };
    const auto widest = [](const QFontMetrics &metrics, const QStringList &samples) {
        int width = 0;
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        return width;
    };

    fit(RequestLogModel::Time, fm.horizontalAdvance(QStringLiteral("00:00:00.000")));
    QStringList names;
    const QList<Workspace> workspaces = m_session->workspaces();
    for (const Workspace &w : workspaces)
        names << w.name;
    fit(RequestLogModel::Workspace, qMin(widest(fm, names), fm.averageCharWidth() * 18));
    QStringList calls;
    for (CallKind kind : allCallKinds())
        calls << callName(kind);
    // The longest names (Pipelines semantic events such as "relationship-deleted") elide rather than take the
    // Path column's share.
    fit(RequestLogModel::Call, qMin(widest(fm, calls), fm.averageCharWidth() * 15));
    fit(RequestLogModel::Method, widest(fm, {QStringLiteral("DELETE"), QStringLiteral("POST")}));

    // The hosts of the endpoint table in use: the only ones calls are sent to and answered by.
    const EndpointTable fallback;
    const EndpointTable *endpoints = m_session->activeEndpoints() ? m_session->activeEndpoints() : &fallback;
    QStringList hosts;
    for (const Region region : {Region::Us, Region::Eu}) {
        const QString label = EndpointTable::hostLabel(endpoints->trackUrl(region));
        hosts << HostNames::shown(label, endpoints, m_session->isOnSandbox(), HostNames::Form::Short);
    }
    fit(RequestLogModel::SentTo, widest(fm, hosts));
    // RequestLogDelegate paints the region badge, a gap, then the host.
    fit(RequestLogModel::HandledBy, RegionBadge::sizeHint(m_view->font()).width() + 13 + widest(fm, hosts));
    fit(RequestLogModel::Hops, bold.horizontalAdvance(QStringLiteral("2 ⚠")));

    // Every short outcome in full; longer ones ("too many redirects") are cut at the end, the tooltip
    // and the detail pane have them whole.
    QStringList statuses {QStringLiteral("200")};
    for (RequestRecord::Outcome outcome :
         {RequestRecord::Outcome::Pending, RequestRecord::Outcome::TimedOut, RequestRecord::Outcome::NetworkError}) {
        RequestRecord record;
        record.outcome = outcome;
        statuses << RequestLogModel::statusText(record);
    }
    fit(RequestLogModel::Status, widest(bold, statuses));
    fit(RequestLogModel::Duration, fm.horizontalAdvance(RequestInspection::durationText(999)));
    // Body sizes: the widest of bytes, KiB and MiB as the model writes them.
    QStringList sizes;
    for (qint64 bytes : {qint64(1023), qint64(1023) * 1024 + 1000, qint64(1023) * 1024 * 1024 + 1000 * 1024})
        sizes << QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    fit(RequestLogModel::RequestSize, widest(fm, sizes));
    fit(RequestLogModel::ResponseSize, widest(fm, sizes));
}

void LogPane::updateFilterChoices()
{
    QStringList names;
    const QList<Workspace> workspaces = m_session->workspaces();
    for (const Workspace &w : workspaces)
        names << w.name;
    m_filterBar->setWorkspaces(names);
    // Each host by its region and API ("US · track"), not by a bare host or port.
    QStringList hosts;
    QStringList hostNames;
    if (const EndpointTable *endpoints = m_session->activeEndpoints()) {
        for (Region region : {Region::Us, Region::Eu}) {
            hosts << EndpointTable::hostLabel(endpoints->trackUrl(region));
            hostNames << tr("%1 · track").arg(regionCode(region).toUpper());
        }
        for (Region region : {Region::Us, Region::Eu}) {
            hosts << EndpointTable::hostLabel(endpoints->appUrl(region));
            hostNames << tr("%1 · app").arg(regionCode(region).toUpper());
        }
        if (endpoints->hasPipelines()) {
            for (Region region : {Region::Us, Region::Eu}) {
                hosts << EndpointTable::hostLabel(endpoints->pipelinesUrl(region));
                hostNames << tr("%1 · pipelines").arg(regionCode(region).toUpper());
            }
        }
    }
    // The sandbox's hosts with the Customer.io host each stands for, in the columns, filter and detail.
    m_hostNames = HostNames::of(m_session->activeEndpoints(), m_session->isOnSandbox());
    if (auto *delegate = qobject_cast<RequestLogDelegate *>(m_view->itemDelegate()))
        delegate->setHostNames(
            HostNames::of(m_session->activeEndpoints(), m_session->isOnSandbox(), HostNames::Form::Short));
    for (int i = 0; i < hosts.size(); ++i) {
        if (const QString shown = m_hostNames.value(hosts.at(i)); !shown.isEmpty())
            hostNames[i] = hostNames.at(i) + QStringLiteral(" · ") + shown;
    }
    m_filterBar->setHosts(hosts, hostNames);
    m_view->viewport()->update();
}

void LogPane::selectCall(qint64 logId)
{
    m_log->showHeld(); // the call's row may wait for the end of the model's update interval
    for (int row = 0; row < m_log->rowCount(); ++row) {
        if (m_log->index(row, 0).data(RequestLogModel::IdRole).toLongLong() == logId) {
            const QModelIndex index = m_proxy->mapFromSource(m_log->index(row, 0));
            if (index.isValid()) {
                m_view->setCurrentIndex(index);
                m_view->scrollTo(index);
            }
            return;
        }
    }
}

void LogPane::showDetail()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(requestDetailHtml(m_log->recordAt(index.row()), m_log->filter().text, m_hostNames));
    updateActions();
}

void LogPane::updateActions()
{
    if (m_inspector)
        m_inspector->clearMatchingAction()->setEnabled(m_filterBar->isActive());
    {
        const QModelIndex at = m_proxy->mapToSource(m_view->currentIndex());
        const bool finished = at.isValid() && !at.data(RequestLogModel::PendingRole).toBool();
        const bool own = finished && !m_log->recordAt(at.row()).isImported();
        m_sendAgainAction->setEnabled(own);
        m_openInComposerAction->setEnabled(own);
    }
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    m_cancelCallAction->setEnabled(current.isValid() && current.data(RequestLogModel::PendingRole).toBool());
    m_exportSelectedAction->setEnabled(m_view->selectionModel()->hasSelection());
    m_copyCurlAction->setEnabled(m_view->currentIndex().isValid());
}

QList<RequestRecord> LogPane::selectedRecords() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // In the order the view shows them.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<RequestRecord> records;
    for (const QModelIndex &index : std::as_const(rows))
        records << m_log->recordAt(m_proxy->mapToSource(index).row());
    return records;
}

void LogPane::copySelectedAsCurl()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return;
    const RequestRecord record = m_log->recordAt(index.row());
    QGuiApplication::clipboard()->setText(LogExport::curlCommand(record));
    Q_EMIT statusMessage(
        record.authorization.startsWith(QLatin1String("Bearer"))
            ? tr("Copied a curl command; it reads the App API key from $CIO_APP_API_KEY in your shell.")
            : tr("Copied a curl command; it reads the Track API key from $CIO_TRACK_API_KEY in your shell."));
}

void LogPane::clearLog()
{
    auto *box = new QMessageBox(window());
    box->setObjectName(QStringLiteral("clearLogConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Clear log"));
    box->setText(tr("Delete every call in the request log?"));
    const RequestLogStore *store = m_session->logStore();
    if (store && store->isOpen()) {
        const qint64 stored = store->count();
        box->setInformativeText(tr("%n stored call(s) are deleted from %1, calls sent from the command line "
                                   "included. This cannot be undone.",
                                   nullptr, int(qMin<qint64>(stored, INT_MAX)))
                                    .arg(QDir::toNativeSeparators(store->path())));
    } else {
        box->setInformativeText(tr("The calls listed in this window are removed."));
    }
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    nameWidget(remove, QStringLiteral("confirmClearLogButton"), tr("Delete every call"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    nameWidget(cancel, QStringLiteral("cancelClearLogButton"), tr("Cancel"));
    box->setDefaultButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() != remove)
            return;
        m_log->clear();
        if (!m_log->errorString().isEmpty())
            Q_EMIT errorMessage(tr("The request log could not be cleared: %1").arg(m_log->errorString()));
        else
            Q_EMIT statusMessage(tr("Request log cleared."));
    });
    box->open();
}

void LogPane::chooseExportFile(ExportKind kind)
{
    const bool jsonl = kind == ExportKind::MatchingJsonl;
    const QString title = kind == ExportKind::SelectedHar ? tr("Export selected calls as HAR")
        : jsonl                                           ? tr("Export matching calls as JSONL")
                                                          : tr("Export matching calls as HAR");
    QSettings *settings = m_session->settings();
    QString directory = settings->value(QStringLiteral("window/exportDirectory")).toString();
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(window(), title, directory);
    dialog->setObjectName(QStringLiteral("exportLogDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(jsonl ? QStringLiteral("jsonl") : QStringLiteral("har"));
    dialog->setNameFilter(jsonl ? tr("JSON Lines (*.jsonl)") : tr("HTTP Archive (*.har)"));
    dialog->selectFile(jsonl ? QStringLiteral("request-log.jsonl") : QStringLiteral("request-log.har"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, kind, settings](const QString &path) {
        settings->setValue(QStringLiteral("window/exportDirectory"), QFileInfo(path).absolutePath());
        if (kind == ExportKind::SelectedHar) {
            QString error;
            const int count = exportSelected(path, &error);
            reportExport(path, count, error, QStringLiteral("HAR"));
            return;
        }
        exportMatching(path, kind == ExportKind::MatchingJsonl ? LogExport::Format::Jsonl : LogExport::Format::Har);
    });
    dialog->open();
}

int LogPane::exportSelected(const QString &path, QString *error)
{
    return LogExportFile::write(path, LogExport::Format::Har, selectedRecords(), error);
}

void LogPane::exportMatching(const QString &path, LogExport::Format format)
{
    const QString formatName = format == LogExport::Format::Jsonl ? QStringLiteral("JSONL") : QStringLiteral("HAR");
    const RequestLogStore *store = m_session->logStore();
    if (!store || !store->isOpen()) {
        // No database: the calls of this session that the window holds, oldest first.
        QList<RequestRecord> records;
        for (int row = m_log->rowCount() - 1; row >= 0; --row) {
            if (!m_log->index(row, 0).data(RequestLogModel::PendingRole).toBool())
                records << m_log->recordAt(row);
        }
        QString error;
        const int count = LogExportFile::write(path, format, records, &error);
        reportExport(path, count, error, formatName);
        return;
    }
    m_exports.removeAll(nullptr); // deleted once done
    m_exports << LogExportFile::startMatching(
        store->path(), m_log->filter(), path, format, this,
        [this, path, formatName](int count, const QString &error) { reportExport(path, count, error, formatName); });
    Q_EMIT statusMessage(tr("Exporting the matching calls to %1…").arg(QDir::toNativeSeparators(path)));
}

void LogPane::reportExport(const QString &path, int count, const QString &error, const QString &format)
{
    const QString file = QDir::toNativeSeparators(path);
    if (count < 0)
        Q_EMIT errorMessage(tr("The export to %1 failed: %2. Nothing was written.").arg(file, error));
    else
        Q_EMIT statusMessage(tr("Exported %n call(s) as %1 to %2.", nullptr, count).arg(format, file));
    Q_EMIT exportFinished(path, count, count < 0 ? error : QString());
}
