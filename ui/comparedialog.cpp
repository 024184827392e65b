#include "comparedialog.h"

#include "calldiff.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

CompareDialog::CompareDialog(const RequestRecord &left, const RequestRecord &right, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    setAccessibleName(tr("Compare two calls"));
    setWindowTitle(tr("Compare call #%1 and call #%2").arg(left.id).arg(right.id));
    resize(1000, 640);
    const QList<DiffRow> rows = CallDiff::compare(left, right);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(tr("%n difference(s) marked ≠.", nullptr, CallDiff::differences(rows)), this);
    summary->setObjectName(QStringLiteral("compareSummary"));
    layout->addWidget(summary);

    auto *table = new QTableWidget(int(rows.size()), 4, this);
    table->setObjectName(QStringLiteral("compareTable"));
    table->setAccessibleName(tr("Differences between the two calls"));
    table->setHorizontalHeaderLabels(
        {tr("Part"), tr("Field"), tr("Call #%1").arg(left.id), tr("Call #%1").arg(right.id)});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QFont bold = table->font();
    bold.setBold(true);
    const QColor tint = palette().color(QPalette::Highlight);
    for (int i = 0; i < rows.size(); ++i) {
        const DiffRow &row = rows.at(i);
        const QStringList cells {row.section, (row.differs ? QStringLiteral("≠ ") : QString()) + row.field, row.left,
                                 row.right};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (row.differs) {
                item->setFont(bold);
                QColor background = tint;
                background.setAlpha(48);
                item->setBackground(background);
            }
            table->setItem(i, c, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int c : {2, 3})
        table->setColumnWidth(c, qMin(table->columnWidth(c), 380));
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("compareButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
