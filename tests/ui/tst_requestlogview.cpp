// Offscreen test of the request log's table as the window has it: RequestLogView over RequestLogProxy over
// RequestLogModel on a temporary store, and RequestLogDelegate's cell texts.

#include "delegates.h"
#include "requestlogmodel.h"
#include "requestlogproxy.h"
#include "requestlogstore.h"
#include "requestlogview.h"
#include "requestrecorder.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RequestRecord call(qint64 i, RequestRecord::Outcome outcome = RequestRecord::Outcome::Success)
{
    RequestRecord r;
    r.id = i;
    r.workspace = u"Acme"_s;
    r.siteId = u"site"_s;
    r.call = CallKind::Event;
    r.method = u"POST"_s;
    r.path = u"/api/v1/customers/person-%1%40example.com/events"_s.arg(i);
    r.outcome = outcome;
    r.startedAt = QDateTime::currentDateTimeUtc().addSecs(i);
    Hop hop;
    hop.url = QUrl(u"https://track.customer.io"_s + r.path);
    if (outcome != RequestRecord::Outcome::Pending) {
        hop.status = 200;
        r.status = 200;
        r.handledBy = u"track.customer.io"_s;
        r.handledByRegion = Region::Us;
        r.durationMs = 30;
    }
    r.hops << hop;
    return r;
}

// Counts the paint events a widget gets.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class TestRequestLogView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString filledStore(int calls)
    {
        const QString path = m_dir.filePath(u"log%1.sqlite"_s.arg(++m_files));
        RequestLogStore store;
        if (!store.open(path))
            return {};
        QList<RequestRecord> records;
        for (int i = 1; i <= calls; ++i)
            records << call(i);
        return store.appendBatch(records).size() == calls ? path : QString();
    }

private Q_SLOTS:
    void scrollingToTheEndFetchesTheNextPage()
    {
        const QString path = filledStore(1000);
        QVERIFY(!path.isEmpty());
        RequestLogStore store;
        QVERIFY(store.open(path));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 5000);
        RequestLogProxy proxy;
        proxy.setSourceModel(&model);
        RequestLogView view;
        view.setModel(&proxy);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QCOMPARE(model.rowCount(), model.pageSize());

        // The view's own scroll bar is replaced: the new one still makes it fetch at the end, at once.
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum());
        QCOMPARE(model.rowCount(), 2 * model.pageSize());
        QCoreApplication::processEvents(); // the scroll bar's range grows
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        QCOMPARE(model.rowCount(), 3 * model.pageSize());
    }

    void streamingCallsLeaveTheScrollBarAlone()
    {
        const QString path = filledStore(1000);
        QVERIFY(!path.isEmpty());
        RequestLogStore store;
        QVERIFY(store.open(path));
        RequestRecorder recorder(&store);
        RequestLogModel model(&recorder, 5000);
        while (model.canFetchMore({}))
            model.fetchMore({}); // 1,000 rows: the scroll bar's handle is at its shortest
        RequestLogProxy proxy;
        proxy.setSourceModel(&model);
        RequestLogView view;
        view.setModel(&proxy);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(20);
        auto *scrollBarPaints = new PaintCounter(view.verticalScrollBar());
        auto *tablePaints = new PaintCounter(view.viewport());

        // New calls on top, one by one: the table repaints, the scroll bar (its handle at its shortest, at
        // the top) looks the same and does not.
        for (qint64 id = 2000; id < 2030; ++id) {
            recorder.record(call(id, RequestRecord::Outcome::Pending));
            QTest::qWait(1);
        }
        QTRY_VERIFY(tablePaints->paints > 0);
        QCOMPARE(model.rowCount(), 1030);
        QCOMPARE(scrollBarPaints->paints, 0);

        // Scrolling moves the handle: then it repaints.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        QTRY_VERIFY(scrollBarPaints->paints > 0);
    }

    void cellTextsAreElidedInTheCurrentFont()
    {
        RequestRecorder recorder(nullptr);
        RequestLogModel model(&recorder, 10);
        RequestRecord r = call(1);
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

QTEST_MAIN(TestRequestLogView)
#include "tst_requestlogview.moc"
