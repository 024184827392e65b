#include "loginspectoractions.h"

#include "comparedialog.h"
#include "consolesession.h"
#include "harimport.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>

#include <climits>

LogInspectorActions::LogInspectorActions(ConsoleSession *session, QAbstractItemView *view, RequestLogModel *model,
                                         QSortFilterProxyModel *proxy, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_model(model)
    , m_proxy(proxy)
    , m_parent(parent)
{
    m_compare = new QAction(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("compareCallsAction"));
    m_compare->setToolTip(tr("Show the two selected calls side by side, their differences marked"));
    connect(m_compare, &QAction::triggered, this, &LogInspectorActions::compareSelected);
    m_importHar = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Import HAR…"), this);
    m_importHar->setObjectName(QStringLiteral("importHarAction"));
    m_importHar->setToolTip(tr("Add the Customer.io calls of a HAR file (a browser's or this console's) as "
                               "read-only calls"));
    connect(m_importHar, &QAction::triggered, this, &LogInspectorActions::chooseHar);
    m_clearMatching = new QAction(tr("Clear matching…"), this);
    m_clearMatching->setObjectName(QStringLiteral("clearMatchingAction"));
    m_clearMatching->setToolTip(tr("Delete the stored calls that match the log's filters; keep the others"));
    m_clearMatching->setEnabled(false);
    connect(m_clearMatching, &QAction::triggered, this, &LogInspectorActions::confirmClearMatching);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogInspectorActions::update);
    update();
}

void LogInspectorActions::update()
{
    m_compare->setEnabled(m_view->selectionModel()->selectedRows().size() == 2);
}

void LogInspectorActions::compareSelected()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    // Older call on the left.
    const RequestRecord left = m_model->recordAt(m_proxy->mapToSource(rows.at(0)).row());
    const RequestRecord right = m_model->recordAt(m_proxy->mapToSource(rows.at(1)).row());
    auto *dialog = new CompareDialog(left.id <= right.id ? left : right, left.id <= right.id ? right : left, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool LogInspectorActions::importHar(const QString &path, QString *summary, QString *error)
{
    RequestLogStore *store = m_session->logStore();
    if (!store || !store->isOpen()) {
        *error = tr("the request log is not open");
        return false;
    }
    HarImport import(m_session->activeEndpoints() ? *m_session->activeEndpoints() : EndpointTable());
    const std::optional<QList<RequestRecord>> records = import.readFile(path);
    if (!records) {
        *error = import.errorString();
        return false;
    }
    const QList<qint64> ids = store->appendBatch(*records);
    if (ids.isEmpty()) {
        *error = store->errorString();
        return false;
    }
    *summary = tr("Imported %n call(s) as read-only rows", nullptr, int(ids.size())) + QStringLiteral(": ")
        + HarImport::summary(*records).join(QStringLiteral("; "));
    return true;
}

void LogInspectorActions::chooseHar()
{
    auto *dialog = new QFileDialog(m_parent->window(), tr("Import HAR"));
    dialog->setObjectName(QStringLiteral("importHarDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("HTTP Archive (*.har *.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString summary;
        QString error;
        if (importHar(path, &summary, &error))
            Q_EMIT statusMessage(summary);
        else
            Q_EMIT errorMessage(tr("Not imported: %1").arg(error));
    });
    dialog->open();
}

void LogInspectorActions::confirmClearMatching()
{
    RequestLogStore *store = m_session->logStore();
    const RequestLogFilter filter = m_filter ? m_filter() : RequestLogFilter();
    if (!store || !store->isOpen() || filter.isEmpty())
        return;
    const qint64 count = store->count(filter);
    auto *box = new QMessageBox(m_parent->window());
    box->setObjectName(QStringLiteral("clearMatchingConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Clear matching calls"));
    box->setText(
        tr("Delete the %n stored call(s) that match the filters?", nullptr, int(qMin<qint64>(count, INT_MAX))));
    box->setInformativeText(tr("Calls that do not match are kept. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmClearMatchingButton"));
    remove->setAccessibleName(tr("Delete the matching calls"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelClearMatchingButton"));
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, filter] {
        RequestLogStore *store = m_session->logStore();
        if (box->clickedButton() != remove || !store)
            return;
        const qint64 removed = store->clearMatching(filter);
        if (removed < 0)
            Q_EMIT errorMessage(tr("The request log could not be cleared: %1").arg(store->errorString()));
        else
            Q_EMIT statusMessage(
                tr("Deleted %n matching call(s) from the request log.", nullptr, int(qMin<qint64>(removed, INT_MAX))));
    });
    box->open();
}
