#include "requestlogview.h"

#include "delegates.h"
#include "requestlogmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStyleOptionSlider>

namespace {

// The log's vertical scroll bar, repainted only when what it shows changes. While calls stream in, the
// row count, and with it the scroll bar's range, changes every frame, and what the scroll bar shows most
// often does not (over thousands of rows its handle is at its shortest). Its repaint costs more than its
// size suggests: the style fills its whole height, and QPainter splits such a fill among the GUI thread
// pool's threads and waits for them, however busy the machine's cores are.
class SteadyScrollBar : public QScrollBar
{
public:
    using QScrollBar::QScrollBar;

protected:
    void sliderChange(SliderChange change) override
    {
        // The view sets the range and the page step on every layout; a new value always repaints.
        if ((change == SliderRangeChange || change == SliderStepsChange) && look() == m_painted)
            return;
        QScrollBar::sliderChange(change);
    }

    void paintEvent(QPaintEvent *event) override
    {
        m_painted = look();
        QScrollBar::paintEvent(event);
    }

private:
    struct Look
    {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        bool empty = true;
        bool operator==(const Look &other) const
        {
            return handle == other.handle && atMinimum == other.atMinimum && atMaximum == other.atMaximum
                && empty == other.empty;
        }
    };

    Look look() const
    {
        QStyleOptionSlider option;
        initStyleOption(&option);
        return {style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
                value() == minimum(), value() == maximum(), minimum() == maximum()};
    }

    Look m_painted; // as last painted (an invalid handle until then)
};

} // namespace

RequestLogView::RequestLogView(QWidget *parent)
    : QTableView(parent)
{
    // Tab leaves the table (arrows move between cells): the log is no keyboard trap.
    setTabKeyNavigation(false);
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

    // The view connects its scroll bar when it is made: the new one is connected the same way (scrolling
    // to the end fetches the next page).
    auto *scrollBar = new SteadyScrollBar(Qt::Vertical, this);
    setVerticalScrollBar(scrollBar);
    connect(scrollBar, &QScrollBar::actionTriggered, this, &RequestLogView::verticalScrollbarAction);
    connect(scrollBar, &QScrollBar::valueChanged, this, &RequestLogView::verticalScrollbarValueChanged);
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

void RequestLogView::keyPressEvent(QKeyEvent *event)
{
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (tab && (event->modifiers() & Qt::ControlModifier)) {
        focusNextPrevChild(event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier));
        return;
    }
    QTableView::keyPressEvent(event);
}
