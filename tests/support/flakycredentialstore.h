#pragma once

// A CredentialStore for tests: a MemoryCredentialStore whose operations on chosen entries fail with a
// chosen answer, which records every call in order, and which can run a hook as each call is made (to
// change the world, such as the settings file, between two steps of a transaction).
#include "memorycredentialstore.h"

#include <QHash>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

class FlakyCredentialStore : public CredentialStore
{
public:
    enum class Op { Read, Write, Remove };

    MemoryCredentialStore memory;
    QStringList calls; // "write W/track-api-key", in order
    std::function<void(const QString &call)> onCall; // runs as the call is made, before it is answered

    void failOn(Op op, const QString &entry, CredentialResult::Error error = CredentialResult::Error::AccessDenied)
    {
        CredentialResult r;
        r.error = error;
        r.message = QStringLiteral("injected");
        m_failures.insert({int(op), entry}, r);
    }

    void read(const QString &key, QObject *context, Callback done) override
    {
        record(QStringLiteral("read ") + key);
        if (!answerFailure(Op::Read, key, context, done))
            memory.read(key, context, std::move(done));
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        record(QStringLiteral("write ") + key);
        if (!answerFailure(Op::Write, key, context, done))
            memory.write(key, secret, context, std::move(done));
    }
    void remove(const QString &key, QObject *context, Callback done) override
    {
        record(QStringLiteral("remove ") + key);
        if (!answerFailure(Op::Remove, key, context, done))
            memory.remove(key, context, std::move(done));
    }

    // Waits for the memory store's answer (it answers from the event loop).
    std::optional<QString> secret(const QString &key)
    {
        std::optional<CredentialResult> result;
        memory.read(key, &memory, [&result](const CredentialResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000) || !result->ok())
            return std::nullopt;
        return result->secret;
    }

    // Puts a secret in without recording a call.
    bool seed(const QString &key, const QString &secret)
    {
        bool done = false;
        memory.write(key, secret, &memory, [&done](const CredentialResult &) { done = true; });
        return QTest::qWaitFor([&done] { return done; }, 5000);
    }

private:
    void record(const QString &call)
    {
        calls << call;
        if (onCall)
            onCall(call);
    }

    bool answerFailure(Op op, const QString &key, QObject *context, const Callback &done)
    {
        const auto it = m_failures.constFind({int(op), key});
        if (it == m_failures.constEnd())
            return false;
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done, result = *it] {
            if (guard)
                done(result);
        });
        return true;
    }

    QHash<QPair<int, QString>, CredentialResult> m_failures; // (op, entry) -> answer
};
