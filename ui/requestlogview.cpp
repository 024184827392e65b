#include "requestlogview.h"

#include "delegates.h"
#include "requestlogmodel.h"

#include <QAction>
#include <QHeaderView>

RequestLogView::RequestLogView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new RequestLogDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSortIndicator(RequestLogModel::Time, Qt::DescendingOrder);
    setSortingEnabled(true);
    QHeaderView *columns = horizontalHeader();
    columns->setHighlightSections(false);
    columns->setStretchLastSection(false);
    // Path takes whatever the other columns leave; they are sized to their content (fitLogColumns()).
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("Hops")) + 12);
    // The sorted column makes room for the sort indicator; Path, stretching, gives it.
    connect(columns, &QHeaderView::sortIndicatorChanged, this, [columns](int column) {
        if (column >= 0 && column != RequestLogModel::Path
            && columns->sectionSize(column) < columns->sectionSizeHint(column))
            columns->resizeSection(column, columns->sectionSizeHint(column));
    });
    // Right-click the header to show or hide columns (the toggles come with the model).
    columns->setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool RequestLogView::shownAtFirst(int column)
{
    // On demand only, so that Path has room at 1280 pixels: the method follows from the call, and the
    // body sizes are in the detail pane.
    return column != RequestLogModel::Method && column != RequestLogModel::RequestSize
        && column != RequestLogModel::ResponseSize;
}

void RequestLogView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    QHeaderView *columns = horizontalHeader();
    sortByColumn(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
    // Stretch applies to a section the header has: set once the columns exist.
    columns->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    if (!columns->actions().isEmpty())
        return;
    for (int column = 0; column < RequestLogModel::ColumnCount; ++column) {
        auto *toggle = new QAction(model->headerData(column, Qt::Horizontal).toString(), columns);
        toggle->setObjectName(QStringLiteral("logColumnAction%1").arg(column));
        toggle->setCheckable(true);
        toggle->setChecked(shownAtFirst(column));
        columns->setSectionHidden(column, !toggle->isChecked());
        connect(toggle, &QAction::toggled, columns,
                [columns, column](bool on) { columns->setSectionHidden(column, !on); });
        columns->addAction(toggle);
    }
}
