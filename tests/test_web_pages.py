"""Plainly marked-up articles are read directly, with exactly the text trafilatura gives them."""
from __future__ import annotations

import html
import random

import pytest
import trafilatura
from hypothesis import given, settings
from hypothesis import strategies as st
from trafilatura.utils import load_html

from core.ingest.html import extract_page, plain_article

WORDS = "全区地区生产总值同比增长规上工业总产值固定资产投资下降百分点亿元万人我们的规划项目建设"
ODD = [" ", "\u3000", "\xa0", "\n", "\t", "&amp;lt;", "&nbsp;", "\x07", "&amp;", "<", "\u200b", "\r\n", "5%", "１２"]
CONTAINERS = [
    "<article{a}>{b}</article>", '<div class="TRS_Editor"{a}>{b}</div>', '<div id="zoom"{a}>{b}</div>',
    '<div class="content"{a}>{b}</div>', "<section{a}>{b}</section>", "<div{a}>{b}</div>", "<main{a}>{b}</main>",
    '<div class="article-content"{a}>{b}</div>', '<div itemprop="articleBody"{a}>{b}</div>',
]
ATTRIBUTES = [' style="text-indent:2em"', ' style="display:none"', ' class="MsoNormal"', ' id="x"', ' align="center"',
              ' style="visibility:hidden"', ' data-x="1"', ' class="share-buttons"', ' class="comment-body"',
              ' id="sidebar"', ' class="MsoNormal" style="text-indent:2em"', ' role="note"']
WRAPPERS = ["", ' class="TRS_Editor"', ' id="zoom"', ' class="comments"', ' class="sidebar"']
AROUND = ["", "<div class='sidebar'><p>推荐阅读</p></div>", "<div class='comments'><p>评论</p></div>",
          "<article><p>另一篇文章的摘要</p></article>", "<ul><li><a href='/1'>链接一</a></li><li><a href='/2'>链接二</a></li></ul>"]


def random_page(rng: random.Random) -> str:
    """A page around an article of paragraphs, plain or not: odd spaces and characters, entities,
    "share on" lines, repeated paragraphs, attributes trafilatura prunes by, inline markup, links,
    other tags, text between paragraphs, an article inside an element trafilatura removes."""
    noise = rng.choice([0, 0, 0, 0.01, 0.05, 0.3])

    def text() -> str:
        if rng.random() < 0.05:
            return rng.choice(["Twitter", "PDF", "  Print ", "WeChat", "分享到 QQ"])
        n = rng.choice([0, 1, 5, 30, 120, 400])
        s = "".join(rng.choice(WORDS) if rng.random() < 0.9 else rng.choice(ODD) for _ in range(n))
        return html.escape(s, quote=False).replace("&amp;amp;", "&amp;").replace("&amp;nbsp;", "&nbsp;")

    def attributes() -> str:
        return rng.choice(ATTRIBUTES) if rng.random() < max(noise * 3, 0.1) and rng.random() < 0.4 else ""

    def paragraph() -> str:
        t, r = text(), (rng.random() if rng.random() < noise else 1)
        if r < 0.1:
            t = f"<span{attributes()}>{t}</span>"
        elif r < 0.13:
            t = f"{t}<br>{text()}"
        elif r < 0.16:
            t = f"<b>{t}</b>{text()}"
        elif r < 0.18:
            t = f"<a href='/x'>{t}</a>"
        elif r < 0.2:
            t = f"<span>{text()}<span>{t}</span></span>"
        tag = "p" if rng.random() >= noise else rng.choice(["div", "h2", "li"])
        between = rng.choice(["", "\n", " ", "  x"]) if rng.random() < noise else rng.choice(["", "\n"])
        return f"<{tag}{attributes()}>{t}</{tag}>{between}"

    paragraphs = [paragraph() for _ in range(rng.choice([1, 3, 30, 60, 60]))]
    if rng.random() < 0.2:
        k = rng.randrange(len(paragraphs))
        paragraphs.insert(k + rng.choice([0, 1]), paragraphs[k])  # repeated, next to it or further on
    body = "".join(paragraphs)
    if rng.random() < 0.3:  # the paragraphs in a wrapper, or two, inside the article
        for _ in range(rng.choice([1, 1, 2])):
            body = f"<div{rng.choice(WRAPPERS)}>{body}</div>"
    article = rng.choice(CONTAINERS).format(a=attributes(), b=body)
    if rng.random() < 0.25:
        wrapper = rng.choice(["aside", "footer", "form", "nav", "header"])
        article = f"<{wrapper}>{article}</{wrapper}>"
    around = rng.choice(AROUND)
    before, after = (around, "") if rng.random() < 0.5 else ("", around)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>标题</title></head><body>"
            f"<nav><a href='/'>首页</a></nav>{before}{article}{after}<footer>版权所有</footer></body></html>")


def trafilatura_text(page: str) -> str:
    doc = trafilatura.bare_extraction(load_html(page), with_metadata=False, include_comments=False,
                                      include_tables=True, favor_recall=True)
    return (doc.text or "").strip() if doc is not None else ""


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 2**32))
def test_an_article_read_directly_has_trafilaturas_text(seed):
    page = random_page(random.Random(seed))
    text = plain_article(load_html(page))
    if text is not None:
        assert text == trafilatura_text(page)


def _gov_page(paragraph_markup: str = "<p style='text-indent:2em'>{}</p>") -> str:
    lines = [f"　　第{i}项：全区地区生产总值同比增长{i}.5%，规上工业增加值增长{i}.2%，固定资产投资增长7.1%，"
             "社会消费品零售总额增长6.5%，城镇常住居民人均可支配收入增长5.9%，农村居民人均可支配收入增长6.8%。"
             for i in range(1, 40)]
    body = "".join(paragraph_markup.format(line) for line in lines)
    return ("<html><head><meta charset='utf-8'><title>2023年全区经济运行情况</title></head><body>"
            "<div class='header'><a href='/'>首页</a> &gt; <a href='/xxgk'>信息公开</a></div>"
            f"<div id='content'>{body}</div>"
            "<div class='share'>分享到：微信 微博</div><div class='footer'>主办单位：某区人民政府办公室</div></body></html>")


def test_a_typical_government_page_is_read_directly_and_odd_markup_by_trafilatura():
    page = _gov_page()
    text = plain_article(load_html(page))
    assert text is not None and text.startswith("第1项：全区地区生产总值同比增长1.5%")
    assert text == trafilatura_text(page) and "首页" not in text and "分享" not in text
    # a page read either way keeps its title line and gives the same article
    assert extract_page(page, "utf-8").text == "2023年全区经济运行情况\n" + text


def test_word_paragraphs_and_a_wrapper_inside_the_article_are_read_directly():
    # Word's paragraph class and the CMS's editor box inside the content element
    page = _gov_page("<p class='MsoNormal' style='text-indent:2em'>{}</p>").replace(
        "<div id='content'>", "<div id='content'><div class='TRS_Editor'>").replace("</div><div class='share'>", "</div></div><div class='share'>")
    text = plain_article(load_html(page))
    assert text is not None and text == trafilatura_text(page)


def test_a_paragraph_trafilatura_prunes_by_its_class_sends_the_page_to_trafilatura():
    page = _gov_page().replace("<p style='text-indent:2em'>　　第3项", "<p class='sidebar'>推荐阅读：本站新闻</p>"
                               "<p style='text-indent:2em'>　　第3项", 1)
    assert plain_article(load_html(page)) is None
    assert "推荐阅读" not in extract_page(page, "utf-8").text


@pytest.mark.parametrize("markup", [
    "<p>{}<br></p>",  # line breaks
    "<p><a href='/x'>{}</a></p>",  # links
    "<p class='share-buttons'>{}</p>",  # a class trafilatura prunes by
    "<p role='navigation'>{}</p>",  # an attribute it reads
    "<div>{}</div>",  # not paragraphs
    "<p style='display:none'>{}</p>",  # hidden
])
def test_anything_but_plain_paragraphs_goes_to_trafilatura(markup):
    page = _gov_page(markup)
    assert plain_article(load_html(page)) is None
    assert extract_page(page, "utf-8").text.startswith("2023年全区经济运行情况\n")


def test_a_short_article_goes_to_trafilatura():
    page = _gov_page().replace("<div id='content'>", "<div id='content'><p>短文。</p><p>短文二。</p></div><div>", 1)
    assert plain_article(load_html(_gov_page()[:1500] + "</div></body></html>")) is None
    assert plain_article(load_html(page)) is None  # the first article found is short
