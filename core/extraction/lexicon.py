"""Word-level help for names, from jieba's dictionary (words and part-of-speech tags).

Only the short stretch of text next to a figure is segmented (jieba is ~1 MB/s); figures
themselves are never found with jieba tokens. Segmentation is jieba's ``lcut(s, HMM=False)``
on the compact word table (``core.text.segment``): jieba itself is never imported.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Final

from core.text import segment
from core.text.wordfreq import WordFreq, word_freq

# Verbs that open an object phrase in these articles (jieba tags several of them as nouns or
# verbal nouns, so the tag alone is not enough).
LEAD_VERBS: Final = frozenset(
    "建成 新建 建设 培育 引进 完成 实现 实施 启动 推进 推动 创建 纳入 选派 选聘 落实 组建 吸引 获批 新增 累计 开展 打造 举办 "
    "签约 招引 落地 带动 争取 拿出 投入 安排 整治 形成 拥有 聚集 集聚 吸纳 帮助 支持 扶持 认定 评定 评为 入选 获评 获得 "
    "获 有 达 成功 加快 加速 全力 大力 积极 着力 深入 持续 进一步 共 新 改造 新开工 开工 竣工 投产 建 引育 培养 招聘 "
    "引导 服务 发放 兑现 减免 减税 降费 办理 受理 审批 招商 签订 储备 谋划 开发 提供 惠及 覆盖 接待 吸收 接收 转移 承接 "
    "组织 开设 设立 成立 认证 申报 获授 授予 授牌 培训 救助 走访 帮扶 解决 化解 清理 排查 检查 查处 处理 新培育 新引进 "
    "新认定 新获批 启动建设 加快建设 开工建设 建成投用 建成投产 推动建成 完成投资 实施项目".split()
)
NON_NOUN_TAGS: Final = frozenset({"v", "p", "c", "u", "d", "r", "ud", "uj", "ul", "uv", "uz", "ug", "y", "e", "o", "f"})


# the only tags the name logic asks about; every other word counts as a noun (kept out of memory)
KEPT_TAGS: Final = NON_NOUN_TAGS | {"t", "vd", "ad"}


class Tags:
    """word -> its dict.txt tag, for the tags in KEPT_TAGS only (None for any other word), read
    from the word table's tag array: no dict of its own (that took 3 MB and a second pass over
    dict.txt)."""

    __slots__ = ("_words", "_kept", "_seen")

    def __init__(self, words: WordFreq) -> None:
        self._words = words
        self._kept = [t if t in KEPT_TAGS else None for t in words.tag_names]  # by tag code
        self._seen: dict[str, str | None] = {}  # the same few thousand words are asked again and again

    def get(self, word: str, default: str | None = None) -> str | None:
        try:
            tag = self._seen[word]
        except KeyError:
            i = self._words.word_id(word)
            tag = None if i is None else self._kept[self._words.tags[i]]
            if len(self._seen) >= 50_000:
                self._seen.clear()
            self._seen[word] = tag
        return default if tag is None else tag

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None


def is_word(s: str) -> bool:
    """``s`` is a word of the word table (参与, 企业)."""
    return word_freq().word_id(s) is not None


@lru_cache(maxsize=1)
def tags() -> Tags:
    return Tags(word_freq())


@lru_cache(maxsize=16384)
def tokens(s: str) -> tuple[str, ...]:
    return tuple(segment.cut(s, word_freq())) if s else ()


def _is_verb(tok: str) -> bool:
    return tok in LEAD_VERBS or tags().get(tok) == "v"


def leading_verbs_len(s: str) -> int:
    """Characters of the verbs (and adverbs/prepositions) that open ``s``."""
    n = 0
    for i, tok in enumerate(tokens(s)):
        tag = tags().get(tok)
        # verbs and adverbs anywhere in the run; a preposition or conjunction only where it opens it
        if _is_verb(tok) or tag == "d" or i == 0 and tag in ("p", "c"):
            n += len(tok)
        else:
            break
    return n


def ends_with_verb(s: str) -> bool:
    toks = tokens(s)
    return bool(toks) and _is_verb(toks[-1])


def noun_prefix_len(s: str, allow_verb: bool = False) -> int:
    """Length of the noun phrase that opens ``s`` (stops at verbs, particles, prepositions)."""
    n = 0
    for i, tok in enumerate(tokens(s)):
        tag = tags().get(tok)
        if i > 0 and tag in NON_NOUN_TAGS:
            break
        if i == 0 and (tag in ("p", "c", "u", "uj", "d", "r") or tag == "v" and not allow_verb):
            return 0
        n += len(tok)
    return n


def starts_with_verb(s: str) -> bool:
    """``s`` opens with a verb, possibly after conjunctions and adverbs (并预留, 还将新增)."""
    for tok in tokens(s):
        if _is_verb(tok):
            return True
        if tags().get(tok) not in ("c", "d", "vd", "ad", "p", "t"):
            return False
    return False


def is_all_verbs(s: str) -> bool:
    toks = tokens(s)
    return bool(toks) and all(_is_verb(tok) or tags().get(tok) in ("d", "p") for tok in toks)
