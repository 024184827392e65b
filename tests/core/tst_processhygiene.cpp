// Issue 17, class 8: a process that holds keys leaves no core dump.
#include "processhygiene.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestProcessHygiene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreDumpsAreOff()
    {
        QCOMPARE(ProcessHygiene::disableCoreDumps(), QString());
        rlimit limit {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        // Twice is fine: nothing to raise back.
        QCOMPARE(ProcessHygiene::disableCoreDumps(), QString());
    }
};

QTEST_GUILESS_MAIN(TestProcessHygiene)
#include "tst_processhygiene.moc"
