#!/usr/bin/env python3
"""Synthetic wire-style articles for scale benchmarks: templates filled from name pools.

usage: wiregen.py COUNT SEED OUT.jsonl

One article per line ({"id", "title", "text", "date"}), dated over 2025, each 4 to 7 sentences
about people (titles, employers), government bodies (proposals, bans, letters), organisations,
outlets (reports) and apps. Pools are large enough that names recur across articles without
every article naming the same few. Standard library only; the same arguments give the same file.
"""
import json, random, sys
from datetime import date, timedelta

FIRST = ["Anna", "Boris", "Dmitry", "Elena", "Ivan", "Maria", "Oleg", "Pavel", "Sergei", "Tatiana", "Viktor", "Yulia",
         "Alexei", "Irina", "Nikolai", "Olga", "Roman", "Svetlana", "Andrei", "Natalia", "Mikhail", "Ekaterina", "Grigory", "Vera",
         "James", "Sarah", "Thomas", "Laura", "Peter", "Claire", "Martin", "Helen", "Robert", "Julia", "Daniel", "Emma"]
LAST = ["Sokolov", "Markov", "Orlov", "Petrov", "Volkov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Pavlov", "Semenov", "Golubev",
        "Vinogradov", "Bogdanov", "Vorobyov", "Fedorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov", "Kiselev", "Makarov", "Zaitsev",
        "Harris", "Walker", "Turner", "Hughes", "Bennett", "Foster", "Graham", "Hayes", "Porter", "Reed", "Shaw", "Warren"]
DOMAINS = ["Digital Development", "Finance", "Justice", "Defence", "Health", "Energy", "Transport", "Education", "Industry and Trade",
           "Foreign Affairs", "Economic Development", "Culture", "Labour", "Agriculture", "Natural Resources", "Sport"]
ORG_WORDS = ["Northwind", "Bluepeak", "Granite", "Silverline", "Redstone", "Brightwater", "Ironbridge", "Clearview", "Oakridge",
             "Stonegate", "Westport", "Highland", "Lakeside", "Sunrise", "Eastgate", "Pinecrest"]
ORG_KINDS = ["Bank", "Group", "Holdings", "Telecom", "Energy", "Media", "Systems", "Logistics"]
OUTLETS = ["Reuters", "TASS", "Interfax", "Kommersant", "Vedomosti", "RIA Novosti", "Bloomberg", "Associated Press"]
APPS = ["Telegram", "WhatsApp", "Viber", "Signal", "Skype", "Zoom", "WeChat", "TikTok", "Gmail", "VKontakte"]
CITIES = ["Moscow", "St Petersburg", "Kazan", "Novosibirsk", "London", "Berlin", "Paris", "Vienna"]


def person(rnd):
    return f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"


def article(index, rnd, start):
    ministry = f"Ministry of {rnd.choice(DOMAINS)}"
    other = f"Ministry of {rnd.choice(DOMAINS)}"
    org = f"{rnd.choice(ORG_WORDS)} {rnd.choice(ORG_KINDS)}"
    outlet, app, app2, city = rnd.choice(OUTLETS), rnd.choice(APPS), rnd.choice(APPS), rnd.choice(CITIES)
    spokes, head, critic = person(rnd), person(rnd), person(rnd)
    sentences = [
        f"The {ministry} has proposed to ban officials from using {app} for working contacts, {outlet} reported on Monday.",
        f"{ministry} spokesperson {spokes} said the proposal had been sent to the Government of Russia.",
        f"{head}, the head of {org}, said the company would comply with the new rules.",
        f"The restrictions may also cover {app2}, according to a letter seen by {outlet}.",
        f"{critic} criticized the plan at a conference in {city}.",
        f"The {other} coordinated the draft with the {ministry}.",
        f"{org} is based in {city}.",
    ]
    text_sentences = sentences[:4] + rnd.sample(sentences[4:], rnd.randint(0, 3))
    title = f"{ministry} proposes to ban {app} for officials"
    day = start + timedelta(days=index * 365 // 100_000 % 365)
    return {"id": f"wire-{index:06d}", "title": title, "text": title + "\n" + " ".join(text_sentences), "date": day.isoformat()}


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    count, seed, out = int(argv[0]), int(argv[1]), argv[2]
    rnd = random.Random(seed)
    start = date(2025, 1, 1)
    with open(out, "w") as handle:
        for index in range(count):
            handle.write(json.dumps(article(index, rnd, start), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
