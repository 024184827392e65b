// The delegates: WorkspaceItemDelegate (the workspace list's items) and RequestLogDelegate (the request log's
// cells: badges, colours by outcome and warning, texts elided to the cell and shown whole in a tooltip).
#include "delegates.h"
#include "regionbadge.h"
#include "requestlogmodel.h"
#include "requestrecorder.h"
#include "statuscolors.h"
#include "support/recordbuilder.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
// initStyleOption() is what decides a cell's colour and font: open to the test.
class OpenLogDelegate : public RequestLogDelegate
{
public:
    using RequestLogDelegate::initStyleOption;
};

QStyleOptionViewItem optionFor(const QRect &rect)
{
    QStyleOptionViewItem option;
    option.rect = rect;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    option.palette = QApplication::palette();
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = Qt::ElideMiddle;
    return option;
}

bool hasColor(const QImage &image, const QColor &color)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == color)
                return true;
        }
    }
    return false;
}
} // namespace

class tst_Delegates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Two lines (name, Site ID) and room around them, whatever the item's own text would need.
    void workspaceItemsAreTwoLinesHigh()
    {
        QStandardItemModel model;
        model.appendRow(new QStandardItem(u"Production"_s));
        WorkspaceItemDelegate delegate;
        const QStyleOptionViewItem option = optionFor(QRect(0, 0, 240, 10));
        QVERIFY(delegate.sizeHint(option, model.index(0, 0)).height() >= 2 * option.fontMetrics.height());
    }

    void workspaceItemPaintsTheRegionBadge_data()
    {
        QTest::addColumn<Region>("region");
        QTest::newRow("us") << Region::Us;
        QTest::newRow("eu") << Region::Eu;
        QTest::newRow("unknown") << Region::Unknown;
    }
    void workspaceItemPaintsTheRegionBadge()
    {
        QFETCH(Region, region);
        QStandardItemModel model;
        auto *item = new QStandardItem(u"Production"_s);
        item->setData(u"site-1"_s, WorkspaceRoles::SiteIdRole);
        item->setData(int(region), WorkspaceRoles::RegionRole);
        model.appendRow(item);
        WorkspaceItemDelegate delegate;
        const QStyleOptionViewItem option = optionFor(QRect(0, 0, 240, 48));
        QImage image(240, 48, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
        }
        // The badge, at the left, in the region's colour; the texts to its right.
        const int badgeWidth = RegionBadge::sizeHint(option.font).width();
        QVERIFY(hasColor(image.copy(0, 0, 6 + badgeWidth, 48), RegionBadge::background(region)));
        QImage texts = image.copy(6 + badgeWidth + 6, 0, 240 - badgeWidth - 12, 48);
        bool dark = false;
        for (int y = 0; y < texts.height() && !dark; ++y) {
            for (int x = 0; x < texts.width() && !dark; ++x)
                dark = qGray(texts.pixel(x, y)) < 128;
        }
        QVERIFY2(dark, "the name and the Site ID are drawn beside the badge");
    }

    // The Path column keeps the identifier: the fixed prefix is cut first (issue 22).
    void pathKeepsTheIdentifier()
    {
        const QFontMetrics fm(QApplication::font());
        const QString path = u"/api/v1/customers/ada%40example.com/events"_s;
        QCOMPARE(RequestLogDelegate::elidedPath(path, fm, fm.horizontalAdvance(path)), path);
        const int width = fm.horizontalAdvance(u"/api/…/ada%40example.com/events"_s);
        const QString shown = RequestLogDelegate::elidedPath(path, fm, width);
        QVERIFY2(shown.endsWith(u"/ada%40example.com/events"_s) && shown.contains(u'…'), qPrintable(shown));
        QVERIFY(fm.horizontalAdvance(shown) <= width);
        const QString narrow = RequestLogDelegate::elidedPath(path, fm, fm.horizontalAdvance(u"/api/…"_s));
        QVERIFY(fm.horizontalAdvance(narrow) <= fm.horizontalAdvance(u"/api/…"_s));
    }

    void logCellColors_data()
    {
        QTest::addColumn<RequestRecord>("record");
        QTest::addColumn<int>("column");
        QTest::addColumn<QColor>("color"); // invalid: the palette's own
        QTest::addColumn<bool>("bold");
        QTest::addColumn<int>("elide");
        // The palette's status colours, which keep 4.5:1 on it (StatusColors, tst_statuscolors).
        const QPalette palette = QApplication::palette();
        const QColor green = StatusColors::text(StatusColors::Tone::Success, palette);
        const QColor red = StatusColors::text(StatusColors::Tone::Error, palette);
        const QColor amber = StatusColors::text(StatusColors::Tone::Warning, palette);
        QTest::newRow("status, success") << RequestRecord(RecordBuilder()) << int(RequestLogModel::Status) << green
                                         << true << int(Qt::ElideRight);
        QTest::newRow("status, http error") << RequestRecord(RecordBuilder().status(401))
                                            << int(RequestLogModel::Status) << red << true << int(Qt::ElideRight);
        QTest::newRow("status, network error") << RequestRecord(RecordBuilder().status(0))
                                               << int(RequestLogModel::Status) << red << true << int(Qt::ElideRight);
        QTest::newRow("status, in flight") << RequestRecord(RecordBuilder().pending()) << int(RequestLogModel::Status)
                                           << QColor() << true << int(Qt::ElideRight);
        QTest::newRow("hops, US transit") << RequestRecord(RecordBuilder().handledBy(Region::Eu))
                                          << int(RequestLogModel::Hops) << amber << true << int(Qt::ElideMiddle);
        QTest::newRow("hops, one") << RequestRecord(RecordBuilder()) << int(RequestLogModel::Hops) << QColor() << false
                                   << int(Qt::ElideMiddle);
        QTest::newRow("path") << RequestRecord(RecordBuilder().status(500)) << int(RequestLogModel::Path) << QColor()
                              << false << int(Qt::ElideMiddle);
    }
    void logCellColors()
    {
        QFETCH(RequestRecord, record);
        QFETCH(int, column);
        QFETCH(QColor, color);
        QFETCH(bool, bold);
        QFETCH(int, elide);
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 10);
        record.id = 1;
        recorder.record(record);
        QCOMPARE(model.rowCount(), 1);
        OpenLogDelegate delegate;
        QStyleOptionViewItem option = optionFor(QRect(0, 0, 200, 24));
        delegate.initStyleOption(&option, model.index(0, column));
        QCOMPARE(option.palette.color(QPalette::Text),
                 color.isValid() ? color : QApplication::palette().color(QPalette::Text));
        QCOMPARE(option.font.bold(), bold);
        QCOMPARE(int(option.textElideMode), elide);
    }

    // "Handled by" holds the badge and the host: its width hint makes room for both.
    void handledByMakesRoomForTheBadge()
    {
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 10);
        recorder.record(RecordBuilder().id(1).handledBy(Region::Eu));
        RequestLogDelegate delegate;
        QStyledItemDelegate plain;
        const QStyleOptionViewItem option = optionFor(QRect(0, 0, 300, 24));
        const QModelIndex handled = model.index(0, RequestLogModel::HandledBy);
        QCOMPARE(delegate.sizeHint(option, handled).width(),
                 plain.sizeHint(option, handled).width() + RegionBadge::sizeHint(option.font).width());
        const QModelIndex path = model.index(0, RequestLogModel::Path);
        QCOMPARE(delegate.sizeHint(option, path), plain.sizeHint(option, path));
    }

    // A text that does not fit is shown whole in the tooltip; one that fits gets the model's tooltip only.
    void elidedTextsShowWholeInTheTooltip()
    {
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 10);
        recorder.record(RecordBuilder().id(1).path(
            u"/api/v1/customers/a-very-long-identifier-that-never-fits-in-a-narrow-column%40example.com/events"_s));
        QTableView view;
        view.setModel(&model);
        auto *delegate = new RequestLogDelegate(&view);
        view.setItemDelegate(delegate);
        view.resize(600, 200);
        view.setColumnWidth(RequestLogModel::Path, 80);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QModelIndex path = model.index(0, RequestLogModel::Path);
        const QRect cell = view.visualRect(path);
        QHelpEvent help(QEvent::ToolTip, cell.center(), view.viewport()->mapToGlobal(cell.center()));
        QStyleOptionViewItem option = optionFor(cell);
        option.widget = &view;
        QVERIFY(delegate->helpEvent(&help, &view, option, path));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(path.data().toString()), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void cellTextsAreElidedInTheCurrentFont()
    {
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 10);
        RequestRecord r = RecordBuilder().id(1);
        r.path = u"/api/v1/customers/a-very-long-identifier-that-never-fits-in-a-narrow-column%40example.com/events"_s;
        recorder.record(r);
        const QModelIndex path = model.index(0, RequestLogModel::Path);
        RequestLogDelegate delegate;
        QStyleOptionViewItem option;
        option.rect = QRect(20, 10, 160, 40);
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        option.palette = QApplication::palette();
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        option.textElideMode = Qt::ElideMiddle;

        // The same cell in a font, then in one half as large again: each time the text is laid out for
        // the font it is drawn in, and stays within the cell.
        for (const qreal scale : {1.0, 1.5}) {
            option.font = QApplication::font();
            option.font.setPointSizeF(option.font.pointSizeF() * scale);
            option.fontMetrics = QFontMetrics(option.font);
            QImage image(240, 60, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, path);
            }
            int inside = 0;
            int outside = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qGray(image.pixel(x, y)) > 200)
                        continue;
                    (option.rect.contains(x, y) ? inside : outside) += 1;
                }
            }
            QVERIFY2(inside > 0, qPrintable(QString::number(scale)));
            QVERIFY2(outside == 0, qPrintable(u"%1 dark pixels outside the cell at %2x"_s.arg(outside).arg(scale)));
        }
    }
};

QTEST_MAIN(tst_Delegates)
#include "tst_delegates.moc"
