#include "ulid.h"

#include <QRandomGenerator>

namespace {
constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
} // namespace

namespace Ulid {

QString generate(const QDateTime &time, QRandomGenerator *random)
{
    QRandomGenerator *source = random ? random : QRandomGenerator::system();
    quint64 ms = quint64((time.isValid() ? time : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    QString text(length, u'0');
    // 48 bits of time in the first 10 characters (5 bits each, the first holding 3).
    for (int i = 9; i >= 0; --i) {
        text[i] = QLatin1Char(alphabet[ms & 31]);
        ms >>= 5;
    }
    // 80 random bits in the last 16 characters.
    const quint64 high = source->generate64();
    const quint64 low = source->generate() & 0xFFFF;
    for (int i = 0; i < 16; ++i) {
        const int bit = i * 5; // from the most significant of the 80 bits
        quint64 value = 0;
        for (int b = 0; b < 5; ++b) {
            const int at = bit + b; // 0..79: 0..63 in high, 64..79 in low
            const quint64 one = at < 64 ? (high >> (63 - at)) & 1 : (low >> (79 - at)) & 1;
            value = (value << 1) | one;
        }
        text[10 + i] = QLatin1Char(alphabet[value]);
    }
    return text;
}

bool isValid(const QString &text)
{
    if (text.size() != length || text.at(0) > u'7')
        return false;
    const QLatin1String valid(alphabet);
    for (const QChar c : text.toUpper()) {
        if (c.unicode() >= 128 || !valid.contains(QLatin1Char(char(c.unicode()))))
            return false;
    }
    return true;
}

} // namespace Ulid
