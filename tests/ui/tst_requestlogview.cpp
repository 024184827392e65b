// Offscreen test of the request log's table as the window has it: RequestLogView over RequestLogProxy over
// RequestLogModel on a temporary store. (RequestLogDelegate's cells: tst_delegates.)

#include "requestlogmodel.h"
#include "requestlogproxy.h"
#include "requestlogstore.h"
#include "requestlogview.h"
#include "requestrecorder.h"
#include "support/recordbuilder.h"

#include <QApplication>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

RequestRecord call(qint64 i, RequestRecord::Outcome outcome = RequestRecord::Outcome::Success)
{
    RecordBuilder b;
    b.id(i)
        .path(u"/api/v1/customers/person-%1%40example.com/events"_s.arg(i))
        .startedAt(QDateTime::currentDateTimeUtc().addSecs(i))
        .durationMs(30);
    if (outcome == RequestRecord::Outcome::Pending)
        b.pending();
    return b;
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
        auto *scrollBarPaints = new PaintCounter(view.verticalScrollBar());
        auto *tablePaints = new PaintCounter(view.viewport());
        // Counted from a settled window: whatever was left to paint from the show is painted with the table.
        const auto paintedAgain = [&view, tablePaints] {
            const int before = tablePaints->paints;
            view.doItemsLayout(); // the layout the view has pending, if any
            view.viewport()->update();
            return QTest::qWaitFor([&] { return tablePaints->paints > before; });
        };
        QVERIFY(paintedAgain());
        scrollBarPaints->paints = 0;

        // New calls on top, one by one, each painted before the next comes: the table repaints, the scroll
        // bar (its handle at its shortest, at the top) looks the same and does not. The window paints its
        // widgets together, so a repaint of the table after the last call is the barrier.
        for (qint64 id = 2000; id < 2030; ++id) {
            const int before = tablePaints->paints;
            recorder.record(call(id, RequestRecord::Outcome::Pending));
            QTRY_VERIFY(tablePaints->paints > before);
        }
        QVERIFY(paintedAgain());
        QCOMPARE(model.rowCount(), 1030);
        QCOMPARE(scrollBarPaints->paints, 0);

        // Scrolling moves the handle: then it repaints.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        QTRY_VERIFY(scrollBarPaints->paints > 0);
    }
};

QTEST_MAIN(TestRequestLogView)
#include "tst_requestlogview.moc"
