// Throttle: the first request runs at once; requests within the interval run once, at its end; flush() runs
// a waiting request at once.
#include "throttle.h"

#include <QTest>

class tst_Throttle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstRunsTwice()
    {
        int runs = 0;
        Throttle throttle(
            50, [&runs] { ++runs; }, nullptr);
        throttle.request();
        QCOMPARE(runs, 1); // at once
        for (int i = 0; i < 100; ++i)
            throttle.request();
        QCOMPARE(runs, 1);
        QVERIFY(throttle.isPending());
        QTRY_COMPARE(runs, 2); // once, at the end of the interval
        QVERIFY(!throttle.isPending());
        throttle.flush(); // nothing waits
        QCOMPARE(runs, 2);
    }

    void flushRunsWhatWaits()
    {
        int runs = 0;
        Throttle throttle(
            60 * 60 * 1000, [&runs] { ++runs; }, nullptr);
        throttle.request();
        throttle.request();
        throttle.request();
        QCOMPARE(runs, 1);
        throttle.flush();
        QCOMPARE(runs, 2);
        QVERIFY(!throttle.isPending());
    }

    // A request made by the action itself waits for the interval: no recursion, no busy loop.
    void requestFromTheActionWaits()
    {
        int runs = 0;
        Throttle *self = nullptr;
        Throttle throttle(
            60 * 60 * 1000,
            [&] {
                ++runs;
                self->request();
            },
            nullptr);
        self = &throttle;
        throttle.request();
        QCOMPARE(runs, 1);
        QVERIFY(throttle.isPending());
    }
};

QTEST_MAIN(tst_Throttle)
#include "tst_throttle.moc"
