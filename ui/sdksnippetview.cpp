#include "sdksnippetview.h"

#include "consolesession.h"
#include "sdksnippets.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

SdkSnippetView::SdkSnippetView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sdkSnippetView"));
    setAccessibleName(tr("SDK snippets"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("sdkSnippetToggle"));
    m_toggle->setAccessibleName(tr("Show or hide the SDK snippets"));
    m_toggle->setText(tr("SDK snippets"));
    m_toggle->setToolTip(tr("How to point each official Customer.io library at the account's region"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setArrowType(Qt::DownArrow);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    auto *libraryLabel = new QLabel(tr("Library:"), m_body);
    m_library = new QComboBox(m_body);
    m_library->setObjectName(QStringLiteral("sdkSnippetLibraryCombo"));
    m_library->setAccessibleName(tr("Library"));
    libraryLabel->setBuddy(m_library);
    SdkSnippets::Family family = SdkSnippets::Family::Track;
    for (const SdkSnippets::LibraryInfo &info : SdkSnippets::libraries()) {
        if (m_library->count() > 0 && info.family != family)
            m_library->insertSeparator(m_library->count());
        family = info.family;
        QString text;
        switch (info.family) {
        case SdkSnippets::Family::Track:
            text = tr("Track API: %1").arg(info.name);
            break;
        case SdkSnippets::Family::Pipelines:
            text = tr("Pipelines API: %1").arg(info.name);
            break;
        case SdkSnippets::Family::Mobile:
            text = tr("Mobile SDK: %1").arg(info.name);
            break;
        }
        m_library->addItem(text, info.id);
    }
    // Its full width when there is room; a narrow panel may shrink it.
    m_library->setMinimumWidth(m_library->fontMetrics().averageCharWidth() * 16);
    pick->addWidget(libraryLabel);
    pick->addWidget(m_library, 1);
    body->addLayout(pick);

    m_state = new QLabel(m_body);
    m_state->setObjectName(QStringLiteral("sdkSnippetState"));
    m_state->setAccessibleName(tr("SDK snippet region"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->addWidget(m_state);

    m_text = new QPlainTextEdit(m_body);
    m_text->setObjectName(QStringLiteral("sdkSnippetText"));
    m_text->setAccessibleName(tr("SDK snippet"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    body->addWidget(m_text);

    auto *actions = new QHBoxLayout;
    m_install = new QLabel(m_body);
    m_install->setObjectName(QStringLiteral("sdkSnippetInstall"));
    m_install->setAccessibleName(tr("How to install the library"));
    m_install->setWordWrap(true);
    m_install->setTextFormat(Qt::PlainText);
    m_install->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copy = new QPushButton(tr("Copy"), m_body);
    m_copy->setObjectName(QStringLiteral("sdkSnippetCopyButton"));
    m_copy->setAccessibleName(tr("Copy the SDK snippet"));
    m_copy->setToolTip(tr("Copy the snippet; the keys in it are placeholders to replace with your own"));
    actions->addWidget(m_install, 1);
    actions->addWidget(m_copy, 0, Qt::AlignTop);
    body->addLayout(actions);

    m_source = new QLabel(m_body);
    m_source->setObjectName(QStringLiteral("sdkSnippetSource"));
    m_source->setAccessibleName(tr("Where the option names come from"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->addWidget(m_source);
    layout->addWidget(m_body);
    layout->addStretch(1);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool shown) {
        m_toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_body->setVisible(shown);
    });
    connect(m_library, &QComboBox::currentIndexChanged, this, &SdkSnippetView::refresh);
    connect(m_copy, &QPushButton::clicked, this, &SdkSnippetView::copy);
    setRegion(Region::Unknown, tr("Select a workspace: the snippets follow its region."));
}

void SdkSnippetView::follow(ConsoleSession *session)
{
    m_session = session;
    connect(session, &ConsoleSession::currentWorkspaceChanged, this, &SdkSnippetView::followSelected);
    connect(session, &ConsoleSession::workspaceUpdated, this, [this](const Workspace &workspace) {
        const std::optional<Workspace> current = m_session->currentWorkspace();
        if (current && current->name == workspace.name)
            followSelected();
    });
    connect(session, &ConsoleSession::regionCheckStarted, this, [this] {
        setRegion(Region::Unknown, tr("Checking the account's region; the snippets follow once it is verified."));
    });
    connect(session, &ConsoleSession::regionCheckFinished, this, [this](const QString &name, const RegionInfo &info) {
        const std::optional<Workspace> current = m_session->currentWorkspace();
        if (!current || current->name != name)
            return;
        if (info.ok && info.region != Region::Unknown)
            setRegion(info.region);
        else
            setRegion(Region::Unknown,
                      tr("The account's region is not verified, so there is no snippet to copy: "
                         "a snippet for the wrong region would send its data there."));
    });
    followSelected();
}

void SdkSnippetView::followSelected()
{
    // The region the panel shows as verified (RegionPanel::showSelected), or none.
    const std::optional<Workspace> current = m_session->currentWorkspace();
    if (!current) {
        setRegion(Region::Unknown, tr("Select a workspace: the snippets follow its region."));
        return;
    }
    if (!m_session->isRegionVerified(current->name) || current->region == Region::Unknown) {
        setRegion(Region::Unknown,
                  tr("The account's region is not verified, so there is no snippet to copy: "
                     "a snippet for the wrong region would send its data there."));
        return;
    }
    setRegion(current->region);
}

void SdkSnippetView::setRegion(Region region, const QString &unknownWhy)
{
    m_region = region;
    m_unknownWhy = unknownWhy;
    refresh();
}

void SdkSnippetView::selectLibrary(const QString &id)
{
    const int index = m_library->findData(id);
    if (index >= 0)
        m_library->setCurrentIndex(index);
}

QString SdkSnippetView::snippetText() const
{
    return m_region == Region::Unknown ? QString() : m_text->toPlainText();
}

void SdkSnippetView::refresh()
{
    const std::optional<SdkSnippets::LibraryInfo> info = SdkSnippets::libraryById(m_library->currentData().toString());
    const std::optional<QString> text = info ? SdkSnippets::snippet(info->library, m_region) : std::nullopt;
    m_copy->setEnabled(text.has_value());
    m_copy->setText(tr("Copy"));
    if (!info || !text) {
        m_text->clear();
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 2 + 2 * m_text->frameWidth() + 8);
        m_text->setPlaceholderText(tr("No snippet: the region is unknown."));
        m_state->setText(m_unknownWhy.isEmpty() ? tr("The account's region is unknown.") : m_unknownWhy);
        m_install->clear();
        m_source->clear();
        return;
    }
    m_text->setPlainText(*text);
    // The whole snippet when it is short; longer ones scroll (about the height of the panel's form).
    const int lines = qBound(4, int(text->count(u'\n')) + 1, 14);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * lines + 2 * m_text->frameWidth() + 24);
    m_state->setText(tr("For the %1 region, `%2` selects %3.")
                         .arg(regionCode(m_region).toUpper(), SdkSnippets::regionOption(info->library, m_region),
                              SdkSnippets::regionHost(info->library, m_region)));
    m_install->setText(tr("Install: %1").arg(info->install));
    m_source->setText(tr("Option names as in the library's source: %1 (%2)").arg(info->repository, info->source));
}

void SdkSnippetView::copy()
{
    const QString text = snippetText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    // Every copy confirms, on the button itself, for a moment.
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [this] { m_copy->setText(tr("Copy")); });
}
