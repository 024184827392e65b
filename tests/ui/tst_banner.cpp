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
        Banner banner(u"errorBanner"_s, StatusColors::BannerKind::Error);
        QCOMPARE(banner.objectName(), u"errorBanner"_s);
        CIO_CHILD(QLabel, text, &banner, u"errorBannerText"_s);
        QCOMPARE(banner.text(), text);
        QVERIFY(text->wordWrap());
        banner.text()->setText(u"Something is wrong"_s);
        QCOMPARE(text->text(), u"Something is wrong"_s);
    }

    // The colours apply to this banner and its own text only, not to the buttons inside it; the text
    // is readable on the tint in light and dark palettes, and follows a change of palette.
    void colorsApplyToTheBannerOnly()
    {
        Banner banner(u"sandboxBanner"_s, StatusColors::BannerKind::Info);
        const StatusColors::Box box = banner.colors();
        QVERIFY(banner.styleSheet().startsWith(u"#sandboxBanner { background: %1; border: 1px solid %2; }"_s.arg(
            box.background.name(), box.border.name())));
        QVERIFY(banner.styleSheet().contains(u"#sandboxBanner > QLabel { color: %1; }"_s.arg(box.text.name())));
        QVERIFY(banner.autoFillBackground());
        QVERIFY(StatusColors::contrastRatio(box.text, box.background) >= StatusColors::MinimumContrast);
    }

    void followsThePalette()
    {
        Banner banner(u"sandboxBanner"_s, StatusColors::BannerKind::Info);
        const QColor light = banner.colors().background;
        const QPalette original = QApplication::palette();
        QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Text, Qt::white);
        QApplication::setPalette(dark);
        QTRY_VERIFY(banner.styleSheet().contains(banner.colors().background.name()));
        QVERIFY(banner.colors().background != light);
        QVERIFY(banner.colors().background.lightness() < 128);
        QApplication::setPalette(original);
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
        Banner banner(u"emptyBanner"_s, StatusColors::BannerKind::Neutral);
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
