"""Radicals that stand for whole characters: Kangxi Radicals (U+2F00–U+2FDF) and CJK Radicals
Supplement (U+2E80–U+2EFF) mapped to their unified ideographs.

PDF producers often emit these code points for ordinary characters (⾏ U+2F8F for 行, ⻓ U+2ED3
for 长), so 增⻓ would not be 增长 to search or extraction. The table is Unicode's
EquivalentUnifiedIdeograph data: the Kangxi block from its compatibility decompositions, the
supplement from the published equivalents (radical forms with no unified equivalent are left
alone). Generated once; the mapping keeps text length, so offsets are unaffected.
"""
from __future__ import annotations

import re
from typing import Final

EQUIVALENT_IDEOGRAPH: dict[int, int] = {
    0x2E81: 0x5382,  # ⺁ 厂 Cjk Radical Cliff
    0x2E82: 0x4E5B,  # ⺂ 乛 Cjk Radical Second One
    0x2E83: 0x4E5A,  # ⺃ 乚 Cjk Radical Second Two
    0x2E84: 0x4E59,  # ⺄ 乙 Cjk Radical Second Three
    0x2E85: 0x4EBB,  # ⺅ 亻 Cjk Radical Person
    0x2E86: 0x5182,  # ⺆ 冂 Cjk Radical Box
    0x2E87: 0x51E0,  # ⺇ 几 Cjk Radical Table
    0x2E89: 0x5202,  # ⺉ 刂 Cjk Radical Knife Two
    0x2E8A: 0x535C,  # ⺊ 卜 Cjk Radical Divination
    0x2E8B: 0x353E,  # ⺋ 㔾 Cjk Radical Seal
    0x2E8C: 0x5C0F,  # ⺌ 小 Cjk Radical Small One
    0x2E8D: 0x5C0F,  # ⺍ 小 Cjk Radical Small Two
    0x2E8E: 0x5141,  # ⺎ 允 Cjk Radical Lame One
    0x2E8F: 0x5C23,  # ⺏ 尣 Cjk Radical Lame Two
    0x2E90: 0x5C22,  # ⺐ 尢 Cjk Radical Lame Three
    0x2E91: 0x21BC2,  # ⺑ 𡯂 Cjk Radical Lame Four
    0x2E92: 0x5DF3,  # ⺒ 巳 Cjk Radical Snake
    0x2E93: 0x5E7A,  # ⺓ 幺 Cjk Radical Thread
    0x2E94: 0x5F51,  # ⺔ 彑 Cjk Radical Snout One
    0x2E95: 0x5F50,  # ⺕ 彐 Cjk Radical Snout Two
    0x2E96: 0x5FC4,  # ⺖ 忄 Cjk Radical Heart One
    0x2E97: 0x38FA,  # ⺗ 㣺 Cjk Radical Heart Two
    0x2E98: 0x624C,  # ⺘ 扌 Cjk Radical Hand
    0x2E99: 0x6535,  # ⺙ 攵 Cjk Radical Rap
    0x2E9B: 0x65E1,  # ⺛ 旡 Cjk Radical Choke
    0x2E9C: 0x65E5,  # ⺜ 日 Cjk Radical Sun
    0x2E9D: 0x6708,  # ⺝ 月 Cjk Radical Moon
    0x2E9E: 0x6B7A,  # ⺞ 歺 Cjk Radical Death
    0x2E9F: 0x6BCD,  # ⺟ 母 Cjk Radical Mother
    0x2EA0: 0x6C11,  # ⺠ 民 Cjk Radical Civilian
    0x2EA1: 0x6C35,  # ⺡ 氵 Cjk Radical Water One
    0x2EA2: 0x6C3A,  # ⺢ 氺 Cjk Radical Water Two
    0x2EA3: 0x706C,  # ⺣ 灬 Cjk Radical Fire
    0x2EA4: 0x722B,  # ⺤ 爫 Cjk Radical Paw One
    0x2EA5: 0x722B,  # ⺥ 爫 Cjk Radical Paw Two
    0x2EA6: 0x4E2C,  # ⺦ 丬 Cjk Radical Simplified Half Tree Trunk
    0x2EA7: 0x725C,  # ⺧ 牜 Cjk Radical Cow
    0x2EA8: 0x72AD,  # ⺨ 犭 Cjk Radical Dog
    0x2EA9: 0x738B,  # ⺩ 王 Cjk Radical Jade
    0x2EAA: 0x758B,  # ⺪ 疋 Cjk Radical Bolt Of Cloth
    0x2EAB: 0x7F52,  # ⺫ 罒 Cjk Radical Eye
    0x2EAC: 0x793A,  # ⺬ 示 Cjk Radical Spirit One
    0x2EAD: 0x793B,  # ⺭ 礻 Cjk Radical Spirit Two
    0x2EAE: 0x25AD7,  # ⺮ 𥫗 Cjk Radical Bamboo
    0x2EAF: 0x7CF9,  # ⺯ 糹 Cjk Radical Silk
    0x2EB0: 0x7E9F,  # ⺰ 纟 Cjk Radical C-Simplified Silk
    0x2EB1: 0x7F53,  # ⺱ 罓 Cjk Radical Net One
    0x2EB2: 0x7F52,  # ⺲ 罒 Cjk Radical Net Two
    0x2EB3: 0x34C1,  # ⺳ 㓁 Cjk Radical Net Three
    0x2EB6: 0x2634C,  # ⺶ 𦍌 Cjk Radical Sheep
    0x2EB9: 0x8002,  # ⺹ 耂 Cjk Radical Old
    0x2EBA: 0x8080,  # ⺺ 肀 Cjk Radical Brush One
    0x2EBC: 0x6708,  # ⺼ 月 Cjk Radical Meat
    0x2EBD: 0x26951,  # ⺽ 𦥑 Cjk Radical Mortar
    0x2EBE: 0x8279,  # ⺾ 艹 Cjk Radical Grass One
    0x2EBF: 0x8279,  # ⺿ 艹 Cjk Radical Grass Two
    0x2EC0: 0x8279,  # ⻀ 艹 Cjk Radical Grass Three
    0x2EC1: 0x864E,  # ⻁ 虎 Cjk Radical Tiger
    0x2EC2: 0x8864,  # ⻂ 衤 Cjk Radical Clothes
    0x2EC3: 0x8980,  # ⻃ 覀 Cjk Radical West One
    0x2EC4: 0x897F,  # ⻄ 西 Cjk Radical West Two
    0x2EC5: 0x89C1,  # ⻅ 见 Cjk Radical C-Simplified See
    0x2EC6: 0x89D2,  # ⻆ 角 Cjk Radical Simplified Horn
    0x2EC7: 0x278B2,  # ⻇ 𧢲 Cjk Radical Horn
    0x2EC8: 0x8BA0,  # ⻈ 讠 Cjk Radical C-Simplified Speech
    0x2EC9: 0x8D1D,  # ⻉ 贝 Cjk Radical C-Simplified Shell
    0x2ECA: 0x27FB7,  # ⻊ 𧾷 Cjk Radical Foot
    0x2ECB: 0x8F66,  # ⻋ 车 Cjk Radical C-Simplified Cart
    0x2ECC: 0x8FB6,  # ⻌ 辶 Cjk Radical Simplified Walk
    0x2ECD: 0x8FB6,  # ⻍ 辶 Cjk Radical Walk One
    0x2ECE: 0x8FB6,  # ⻎ 辶 Cjk Radical Walk Two
    0x2ECF: 0x961D,  # ⻏ 阝 Cjk Radical City
    0x2ED0: 0x9485,  # ⻐ 钅 Cjk Radical C-Simplified Gold
    0x2ED1: 0x9577,  # ⻑ 長 Cjk Radical Long One
    0x2ED2: 0x9578,  # ⻒ 镸 Cjk Radical Long Two
    0x2ED3: 0x957F,  # ⻓ 长 Cjk Radical C-Simplified Long
    0x2ED4: 0x95E8,  # ⻔ 门 Cjk Radical C-Simplified Gate
    0x2ED5: 0x28E0F,  # ⻕ 𨸏 Cjk Radical Mound One
    0x2ED6: 0x961D,  # ⻖ 阝 Cjk Radical Mound Two
    0x2ED7: 0x96E8,  # ⻗ 雨 Cjk Radical Rain
    0x2ED8: 0x9752,  # ⻘ 青 Cjk Radical Blue
    0x2ED9: 0x97E6,  # ⻙ 韦 Cjk Radical C-Simplified Tanned Leather
    0x2EDA: 0x9875,  # ⻚ 页 Cjk Radical C-Simplified Leaf
    0x2EDB: 0x98CE,  # ⻛ 风 Cjk Radical C-Simplified Wind
    0x2EDC: 0x98DE,  # ⻜ 飞 Cjk Radical C-Simplified Fly
    0x2EDD: 0x98DF,  # ⻝ 食 Cjk Radical Eat One
    0x2EDE: 0x2967F,  # ⻞ 𩙿 Cjk Radical Eat Two
    0x2EDF: 0x98E0,  # ⻟ 飠 Cjk Radical Eat Three
    0x2EE0: 0x9963,  # ⻠ 饣 Cjk Radical C-Simplified Eat
    0x2EE2: 0x9A6C,  # ⻢ 马 Cjk Radical C-Simplified Horse
    0x2EE3: 0x9AA8,  # ⻣ 骨 Cjk Radical Bone
    0x2EE4: 0x9B3C,  # ⻤ 鬼 Cjk Radical Ghost
    0x2EE5: 0x9C7C,  # ⻥ 鱼 Cjk Radical C-Simplified Fish
    0x2EE6: 0x9E1F,  # ⻦ 鸟 Cjk Radical C-Simplified Bird
    0x2EE7: 0x5364,  # ⻧ 卤 Cjk Radical C-Simplified Salt
    0x2EE8: 0x9EA6,  # ⻨ 麦 Cjk Radical Simplified Wheat
    0x2EE9: 0x9EC4,  # ⻩ 黄 Cjk Radical Simplified Yellow
    0x2EEA: 0x9EFE,  # ⻪ 黾 Cjk Radical C-Simplified Frog
    0x2EEB: 0x6589,  # ⻫ 斉 Cjk Radical J-Simplified Even
    0x2EEC: 0x9F50,  # ⻬ 齐 Cjk Radical C-Simplified Even
    0x2EED: 0x6B6F,  # ⻭ 歯 Cjk Radical J-Simplified Tooth
    0x2EEE: 0x9F7F,  # ⻮ 齿 Cjk Radical C-Simplified Tooth
    0x2EEF: 0x7ADC,  # ⻯ 竜 Cjk Radical J-Simplified Dragon
    0x2EF0: 0x9F99,  # ⻰ 龙 Cjk Radical C-Simplified Dragon
    0x2EF1: 0x9F9C,  # ⻱ 龜 Cjk Radical Turtle
    0x2EF2: 0x4E80,  # ⻲ 亀 Cjk Radical J-Simplified Turtle
    0x2EF3: 0x9F9F,  # ⻳ 龟 Cjk Radical C-Simplified Turtle
    0x2F00: 0x4E00,  # ⼀ 一 Kangxi Radical One
    0x2F01: 0x4E28,  # ⼁ 丨 Kangxi Radical Line
    0x2F02: 0x4E36,  # ⼂ 丶 Kangxi Radical Dot
    0x2F03: 0x4E3F,  # ⼃ 丿 Kangxi Radical Slash
    0x2F04: 0x4E59,  # ⼄ 乙 Kangxi Radical Second
    0x2F05: 0x4E85,  # ⼅ 亅 Kangxi Radical Hook
    0x2F06: 0x4E8C,  # ⼆ 二 Kangxi Radical Two
    0x2F07: 0x4EA0,  # ⼇ 亠 Kangxi Radical Lid
    0x2F08: 0x4EBA,  # ⼈ 人 Kangxi Radical Man
    0x2F09: 0x513F,  # ⼉ 儿 Kangxi Radical Legs
    0x2F0A: 0x5165,  # ⼊ 入 Kangxi Radical Enter
    0x2F0B: 0x516B,  # ⼋ 八 Kangxi Radical Eight
    0x2F0C: 0x5182,  # ⼌ 冂 Kangxi Radical Down Box
    0x2F0D: 0x5196,  # ⼍ 冖 Kangxi Radical Cover
    0x2F0E: 0x51AB,  # ⼎ 冫 Kangxi Radical Ice
    0x2F0F: 0x51E0,  # ⼏ 几 Kangxi Radical Table
    0x2F10: 0x51F5,  # ⼐ 凵 Kangxi Radical Open Box
    0x2F11: 0x5200,  # ⼑ 刀 Kangxi Radical Knife
    0x2F12: 0x529B,  # ⼒ 力 Kangxi Radical Power
    0x2F13: 0x52F9,  # ⼓ 勹 Kangxi Radical Wrap
    0x2F14: 0x5315,  # ⼔ 匕 Kangxi Radical Spoon
    0x2F15: 0x531A,  # ⼕ 匚 Kangxi Radical Right Open Box
    0x2F16: 0x5338,  # ⼖ 匸 Kangxi Radical Hiding Enclosure
    0x2F17: 0x5341,  # ⼗ 十 Kangxi Radical Ten
    0x2F18: 0x535C,  # ⼘ 卜 Kangxi Radical Divination
    0x2F19: 0x5369,  # ⼙ 卩 Kangxi Radical Seal
    0x2F1A: 0x5382,  # ⼚ 厂 Kangxi Radical Cliff
    0x2F1B: 0x53B6,  # ⼛ 厶 Kangxi Radical Private
    0x2F1C: 0x53C8,  # ⼜ 又 Kangxi Radical Again
    0x2F1D: 0x53E3,  # ⼝ 口 Kangxi Radical Mouth
    0x2F1E: 0x56D7,  # ⼞ 囗 Kangxi Radical Enclosure
    0x2F1F: 0x571F,  # ⼟ 土 Kangxi Radical Earth
    0x2F20: 0x58EB,  # ⼠ 士 Kangxi Radical Scholar
    0x2F21: 0x5902,  # ⼡ 夂 Kangxi Radical Go
    0x2F22: 0x590A,  # ⼢ 夊 Kangxi Radical Go Slowly
    0x2F23: 0x5915,  # ⼣ 夕 Kangxi Radical Evening
    0x2F24: 0x5927,  # ⼤ 大 Kangxi Radical Big
    0x2F25: 0x5973,  # ⼥ 女 Kangxi Radical Woman
    0x2F26: 0x5B50,  # ⼦ 子 Kangxi Radical Child
    0x2F27: 0x5B80,  # ⼧ 宀 Kangxi Radical Roof
    0x2F28: 0x5BF8,  # ⼨ 寸 Kangxi Radical Inch
    0x2F29: 0x5C0F,  # ⼩ 小 Kangxi Radical Small
    0x2F2A: 0x5C22,  # ⼪ 尢 Kangxi Radical Lame
    0x2F2B: 0x5C38,  # ⼫ 尸 Kangxi Radical Corpse
    0x2F2C: 0x5C6E,  # ⼬ 屮 Kangxi Radical Sprout
    0x2F2D: 0x5C71,  # ⼭ 山 Kangxi Radical Mountain
    0x2F2E: 0x5DDB,  # ⼮ 巛 Kangxi Radical River
    0x2F2F: 0x5DE5,  # ⼯ 工 Kangxi Radical Work
    0x2F30: 0x5DF1,  # ⼰ 己 Kangxi Radical Oneself
    0x2F31: 0x5DFE,  # ⼱ 巾 Kangxi Radical Turban
    0x2F32: 0x5E72,  # ⼲ 干 Kangxi Radical Dry
    0x2F33: 0x5E7A,  # ⼳ 幺 Kangxi Radical Short Thread
    0x2F34: 0x5E7F,  # ⼴ 广 Kangxi Radical Dotted Cliff
    0x2F35: 0x5EF4,  # ⼵ 廴 Kangxi Radical Long Stride
    0x2F36: 0x5EFE,  # ⼶ 廾 Kangxi Radical Two Hands
    0x2F37: 0x5F0B,  # ⼷ 弋 Kangxi Radical Shoot
    0x2F38: 0x5F13,  # ⼸ 弓 Kangxi Radical Bow
    0x2F39: 0x5F50,  # ⼹ 彐 Kangxi Radical Snout
    0x2F3A: 0x5F61,  # ⼺ 彡 Kangxi Radical Bristle
    0x2F3B: 0x5F73,  # ⼻ 彳 Kangxi Radical Step
    0x2F3C: 0x5FC3,  # ⼼ 心 Kangxi Radical Heart
    0x2F3D: 0x6208,  # ⼽ 戈 Kangxi Radical Halberd
    0x2F3E: 0x6236,  # ⼾ 戶 Kangxi Radical Door
    0x2F3F: 0x624B,  # ⼿ 手 Kangxi Radical Hand
    0x2F40: 0x652F,  # ⽀ 支 Kangxi Radical Branch
    0x2F41: 0x6534,  # ⽁ 攴 Kangxi Radical Rap
    0x2F42: 0x6587,  # ⽂ 文 Kangxi Radical Script
    0x2F43: 0x6597,  # ⽃ 斗 Kangxi Radical Dipper
    0x2F44: 0x65A4,  # ⽄ 斤 Kangxi Radical Axe
    0x2F45: 0x65B9,  # ⽅ 方 Kangxi Radical Square
    0x2F46: 0x65E0,  # ⽆ 无 Kangxi Radical Not
    0x2F47: 0x65E5,  # ⽇ 日 Kangxi Radical Sun
    0x2F48: 0x66F0,  # ⽈ 曰 Kangxi Radical Say
    0x2F49: 0x6708,  # ⽉ 月 Kangxi Radical Moon
    0x2F4A: 0x6728,  # ⽊ 木 Kangxi Radical Tree
    0x2F4B: 0x6B20,  # ⽋ 欠 Kangxi Radical Lack
    0x2F4C: 0x6B62,  # ⽌ 止 Kangxi Radical Stop
    0x2F4D: 0x6B79,  # ⽍ 歹 Kangxi Radical Death
    0x2F4E: 0x6BB3,  # ⽎ 殳 Kangxi Radical Weapon
    0x2F4F: 0x6BCB,  # ⽏ 毋 Kangxi Radical Do Not
    0x2F50: 0x6BD4,  # ⽐ 比 Kangxi Radical Compare
    0x2F51: 0x6BDB,  # ⽑ 毛 Kangxi Radical Fur
    0x2F52: 0x6C0F,  # ⽒ 氏 Kangxi Radical Clan
    0x2F53: 0x6C14,  # ⽓ 气 Kangxi Radical Steam
    0x2F54: 0x6C34,  # ⽔ 水 Kangxi Radical Water
    0x2F55: 0x706B,  # ⽕ 火 Kangxi Radical Fire
    0x2F56: 0x722A,  # ⽖ 爪 Kangxi Radical Claw
    0x2F57: 0x7236,  # ⽗ 父 Kangxi Radical Father
    0x2F58: 0x723B,  # ⽘ 爻 Kangxi Radical Double X
    0x2F59: 0x723F,  # ⽙ 爿 Kangxi Radical Half Tree Trunk
    0x2F5A: 0x7247,  # ⽚ 片 Kangxi Radical Slice
    0x2F5B: 0x7259,  # ⽛ 牙 Kangxi Radical Fang
    0x2F5C: 0x725B,  # ⽜ 牛 Kangxi Radical Cow
    0x2F5D: 0x72AC,  # ⽝ 犬 Kangxi Radical Dog
    0x2F5E: 0x7384,  # ⽞ 玄 Kangxi Radical Profound
    0x2F5F: 0x7389,  # ⽟ 玉 Kangxi Radical Jade
    0x2F60: 0x74DC,  # ⽠ 瓜 Kangxi Radical Melon
    0x2F61: 0x74E6,  # ⽡ 瓦 Kangxi Radical Tile
    0x2F62: 0x7518,  # ⽢ 甘 Kangxi Radical Sweet
    0x2F63: 0x751F,  # ⽣ 生 Kangxi Radical Life
    0x2F64: 0x7528,  # ⽤ 用 Kangxi Radical Use
    0x2F65: 0x7530,  # ⽥ 田 Kangxi Radical Field
    0x2F66: 0x758B,  # ⽦ 疋 Kangxi Radical Bolt Of Cloth
    0x2F67: 0x7592,  # ⽧ 疒 Kangxi Radical Sickness
    0x2F68: 0x7676,  # ⽨ 癶 Kangxi Radical Dotted Tent
    0x2F69: 0x767D,  # ⽩ 白 Kangxi Radical White
    0x2F6A: 0x76AE,  # ⽪ 皮 Kangxi Radical Skin
    0x2F6B: 0x76BF,  # ⽫ 皿 Kangxi Radical Dish
    0x2F6C: 0x76EE,  # ⽬ 目 Kangxi Radical Eye
    0x2F6D: 0x77DB,  # ⽭ 矛 Kangxi Radical Spear
    0x2F6E: 0x77E2,  # ⽮ 矢 Kangxi Radical Arrow
    0x2F6F: 0x77F3,  # ⽯ 石 Kangxi Radical Stone
    0x2F70: 0x793A,  # ⽰ 示 Kangxi Radical Spirit
    0x2F71: 0x79B8,  # ⽱ 禸 Kangxi Radical Track
    0x2F72: 0x79BE,  # ⽲ 禾 Kangxi Radical Grain
    0x2F73: 0x7A74,  # ⽳ 穴 Kangxi Radical Cave
    0x2F74: 0x7ACB,  # ⽴ 立 Kangxi Radical Stand
    0x2F75: 0x7AF9,  # ⽵ 竹 Kangxi Radical Bamboo
    0x2F76: 0x7C73,  # ⽶ 米 Kangxi Radical Rice
    0x2F77: 0x7CF8,  # ⽷ 糸 Kangxi Radical Silk
    0x2F78: 0x7F36,  # ⽸ 缶 Kangxi Radical Jar
    0x2F79: 0x7F51,  # ⽹ 网 Kangxi Radical Net
    0x2F7A: 0x7F8A,  # ⽺ 羊 Kangxi Radical Sheep
    0x2F7B: 0x7FBD,  # ⽻ 羽 Kangxi Radical Feather
    0x2F7C: 0x8001,  # ⽼ 老 Kangxi Radical Old
    0x2F7D: 0x800C,  # ⽽ 而 Kangxi Radical And
    0x2F7E: 0x8012,  # ⽾ 耒 Kangxi Radical Plow
    0x2F7F: 0x8033,  # ⽿ 耳 Kangxi Radical Ear
    0x2F80: 0x807F,  # ⾀ 聿 Kangxi Radical Brush
    0x2F81: 0x8089,  # ⾁ 肉 Kangxi Radical Meat
    0x2F82: 0x81E3,  # ⾂ 臣 Kangxi Radical Minister
    0x2F83: 0x81EA,  # ⾃ 自 Kangxi Radical Self
    0x2F84: 0x81F3,  # ⾄ 至 Kangxi Radical Arrive
    0x2F85: 0x81FC,  # ⾅ 臼 Kangxi Radical Mortar
    0x2F86: 0x820C,  # ⾆ 舌 Kangxi Radical Tongue
    0x2F87: 0x821B,  # ⾇ 舛 Kangxi Radical Oppose
    0x2F88: 0x821F,  # ⾈ 舟 Kangxi Radical Boat
    0x2F89: 0x826E,  # ⾉ 艮 Kangxi Radical Stopping
    0x2F8A: 0x8272,  # ⾊ 色 Kangxi Radical Color
    0x2F8B: 0x8278,  # ⾋ 艸 Kangxi Radical Grass
    0x2F8C: 0x864D,  # ⾌ 虍 Kangxi Radical Tiger
    0x2F8D: 0x866B,  # ⾍ 虫 Kangxi Radical Insect
    0x2F8E: 0x8840,  # ⾎ 血 Kangxi Radical Blood
    0x2F8F: 0x884C,  # ⾏ 行 Kangxi Radical Walk Enclosure
    0x2F90: 0x8863,  # ⾐ 衣 Kangxi Radical Clothes
    0x2F91: 0x897E,  # ⾑ 襾 Kangxi Radical West
    0x2F92: 0x898B,  # ⾒ 見 Kangxi Radical See
    0x2F93: 0x89D2,  # ⾓ 角 Kangxi Radical Horn
    0x2F94: 0x8A00,  # ⾔ 言 Kangxi Radical Speech
    0x2F95: 0x8C37,  # ⾕ 谷 Kangxi Radical Valley
    0x2F96: 0x8C46,  # ⾖ 豆 Kangxi Radical Bean
    0x2F97: 0x8C55,  # ⾗ 豕 Kangxi Radical Pig
    0x2F98: 0x8C78,  # ⾘ 豸 Kangxi Radical Badger
    0x2F99: 0x8C9D,  # ⾙ 貝 Kangxi Radical Shell
    0x2F9A: 0x8D64,  # ⾚ 赤 Kangxi Radical Red
    0x2F9B: 0x8D70,  # ⾛ 走 Kangxi Radical Run
    0x2F9C: 0x8DB3,  # ⾜ 足 Kangxi Radical Foot
    0x2F9D: 0x8EAB,  # ⾝ 身 Kangxi Radical Body
    0x2F9E: 0x8ECA,  # ⾞ 車 Kangxi Radical Cart
    0x2F9F: 0x8F9B,  # ⾟ 辛 Kangxi Radical Bitter
    0x2FA0: 0x8FB0,  # ⾠ 辰 Kangxi Radical Morning
    0x2FA1: 0x8FB5,  # ⾡ 辵 Kangxi Radical Walk
    0x2FA2: 0x9091,  # ⾢ 邑 Kangxi Radical City
    0x2FA3: 0x9149,  # ⾣ 酉 Kangxi Radical Wine
    0x2FA4: 0x91C6,  # ⾤ 釆 Kangxi Radical Distinguish
    0x2FA5: 0x91CC,  # ⾥ 里 Kangxi Radical Village
    0x2FA6: 0x91D1,  # ⾦ 金 Kangxi Radical Gold
    0x2FA7: 0x9577,  # ⾧ 長 Kangxi Radical Long
    0x2FA8: 0x9580,  # ⾨ 門 Kangxi Radical Gate
    0x2FA9: 0x961C,  # ⾩ 阜 Kangxi Radical Mound
    0x2FAA: 0x96B6,  # ⾪ 隶 Kangxi Radical Slave
    0x2FAB: 0x96B9,  # ⾫ 隹 Kangxi Radical Short Tailed Bird
    0x2FAC: 0x96E8,  # ⾬ 雨 Kangxi Radical Rain
    0x2FAD: 0x9751,  # ⾭ 靑 Kangxi Radical Blue
    0x2FAE: 0x975E,  # ⾮ 非 Kangxi Radical Wrong
    0x2FAF: 0x9762,  # ⾯ 面 Kangxi Radical Face
    0x2FB0: 0x9769,  # ⾰ 革 Kangxi Radical Leather
    0x2FB1: 0x97CB,  # ⾱ 韋 Kangxi Radical Tanned Leather
    0x2FB2: 0x97ED,  # ⾲ 韭 Kangxi Radical Leek
    0x2FB3: 0x97F3,  # ⾳ 音 Kangxi Radical Sound
    0x2FB4: 0x9801,  # ⾴ 頁 Kangxi Radical Leaf
    0x2FB5: 0x98A8,  # ⾵ 風 Kangxi Radical Wind
    0x2FB6: 0x98DB,  # ⾶ 飛 Kangxi Radical Fly
    0x2FB7: 0x98DF,  # ⾷ 食 Kangxi Radical Eat
    0x2FB8: 0x9996,  # ⾸ 首 Kangxi Radical Head
    0x2FB9: 0x9999,  # ⾹ 香 Kangxi Radical Fragrant
    0x2FBA: 0x99AC,  # ⾺ 馬 Kangxi Radical Horse
    0x2FBB: 0x9AA8,  # ⾻ 骨 Kangxi Radical Bone
    0x2FBC: 0x9AD8,  # ⾼ 高 Kangxi Radical Tall
    0x2FBD: 0x9ADF,  # ⾽ 髟 Kangxi Radical Hair
    0x2FBE: 0x9B25,  # ⾾ 鬥 Kangxi Radical Fight
    0x2FBF: 0x9B2F,  # ⾿ 鬯 Kangxi Radical Sacrificial Wine
    0x2FC0: 0x9B32,  # ⿀ 鬲 Kangxi Radical Cauldron
    0x2FC1: 0x9B3C,  # ⿁ 鬼 Kangxi Radical Ghost
    0x2FC2: 0x9B5A,  # ⿂ 魚 Kangxi Radical Fish
    0x2FC3: 0x9CE5,  # ⿃ 鳥 Kangxi Radical Bird
    0x2FC4: 0x9E75,  # ⿄ 鹵 Kangxi Radical Salt
    0x2FC5: 0x9E7F,  # ⿅ 鹿 Kangxi Radical Deer
    0x2FC6: 0x9EA5,  # ⿆ 麥 Kangxi Radical Wheat
    0x2FC7: 0x9EBB,  # ⿇ 麻 Kangxi Radical Hemp
    0x2FC8: 0x9EC3,  # ⿈ 黃 Kangxi Radical Yellow
    0x2FC9: 0x9ECD,  # ⿉ 黍 Kangxi Radical Millet
    0x2FCA: 0x9ED1,  # ⿊ 黑 Kangxi Radical Black
    0x2FCB: 0x9EF9,  # ⿋ 黹 Kangxi Radical Embroidery
    0x2FCC: 0x9EFD,  # ⿌ 黽 Kangxi Radical Frog
    0x2FCD: 0x9F0E,  # ⿍ 鼎 Kangxi Radical Tripod
    0x2FCE: 0x9F13,  # ⿎ 鼓 Kangxi Radical Drum
    0x2FCF: 0x9F20,  # ⿏ 鼠 Kangxi Radical Rat
    0x2FD0: 0x9F3B,  # ⿐ 鼻 Kangxi Radical Nose
    0x2FD1: 0x9F4A,  # ⿑ 齊 Kangxi Radical Even
    0x2FD2: 0x9F52,  # ⿒ 齒 Kangxi Radical Tooth
    0x2FD3: 0x9F8D,  # ⿓ 龍 Kangxi Radical Dragon
    0x2FD4: 0x9F9C,  # ⿔ 龜 Kangxi Radical Turtle
    0x2FD5: 0x9FA0,  # ⿕ 龠 Kangxi Radical Flute
}

_RADICAL: Final = re.compile("[\u2e80-\u2fdf]")


def fold_radicals(text: str) -> str:
    """``text`` with every radical that has an equivalent ideograph replaced by it (same length)."""
    if _RADICAL.search(text) is None:
        return text
    return text.translate(EQUIVALENT_IDEOGRAPH)
