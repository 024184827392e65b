// Banner: a strip of text and buttons, named for tests and screen readers.
#include "banner.h"
#include "support/namedchild.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Banner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesItsTextAfterItself()
    {
        Banner banner(u"errorBanner"_s, u"#fdecea"_s, u"#c01c28"_s);
        QCOMPARE(banner.objectName(), u"errorBanner"_s);
        CIO_CHILD(QLabel, text, &banner, u"errorBannerText"_s);
        QCOMPARE(banner.text(), text);
        QVERIFY(text->wordWrap());
        banner.text()->setText(u"Something is wrong"_s);
        QCOMPARE(text->text(), u"Something is wrong"_s);
    }

    // The colours apply to this banner only, not to the labels and buttons inside it.
    void colorsApplyToTheBannerOnly()
    {
        Banner banner(u"sandboxBanner"_s, u"#e8f0fe"_s, u"#1f5fbf"_s);
        QCOMPARE(banner.styleSheet(), u"#sandboxBanner { background: #e8f0fe; border: 1px solid #1f5fbf; }"_s);
        QVERIFY(banner.autoFillBackground());
    }

    void buttonsGoAfterTheTextInOrder_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::newRow("one") << QStringList {u"bannerAddWorkspaceButton"_s};
        QTest::newRow("two") << QStringList {u"emptyAddWorkspaceButton"_s, u"emptyTrySandboxButton"_s};
    }
    void buttonsGoAfterTheTextInOrder()
    {
        QFETCH(QStringList, names);
        Banner banner(u"emptyBanner"_s, u"white"_s, u"grey"_s);
        for (const QString &name : names) {
            QPushButton *added = banner.addButton(name, name + u" text"_s, name + u" for screen readers"_s);
            CIO_CHILD(QPushButton, button, &banner, name);
            QCOMPARE(added, button);
            QCOMPARE(button->text(), name + u" text"_s);
            QCOMPARE(button->accessibleName(), name + u" for screen readers"_s);
        }
        auto *layout = qobject_cast<QHBoxLayout *>(banner.layout());
        QVERIFY(layout);
        QCOMPARE(layout->count(), 1 + names.size());
        QCOMPARE(layout->itemAt(0)->widget(), banner.text());
        QCOMPARE(layout->stretch(0), 1); // the text takes the width, the buttons keep theirs
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(layout->itemAt(1 + i)->widget()->objectName(), names.at(i));

        QSignalSpy clicked(qobject_cast<QPushButton *>(layout->itemAt(1)->widget()), &QPushButton::clicked);
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        QTest::mouseClick(layout->itemAt(1)->widget(), Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
    }
};

QTEST_MAIN(tst_Banner)
#include "tst_banner.moc"
