-- The incident categories officers pick from when they report a case (案件上报), after the
-- CJ/T 214 classes of city-management components and events. The list is data: bureaus add,
-- rename or deactivate categories; codes stay stable because incidents point at them.
INSERT INTO incident_category (code, name_zh, name_en, parent_code) VALUES
    ('01',     '市容环境',       'City appearance and environment', NULL),
    ('0101',   '私搭乱建',       'Illegal construction',            '01'),
    ('0102',   '暴露垃圾',       'Exposed rubbish',                 '01'),
    ('0103',   '积存垃圾渣土',   'Piled waste and spoil',           '01'),
    ('0104',   '道路不洁',       'Dirty road',                      '01'),
    ('0105',   '焚烧垃圾树叶',   'Burning rubbish or leaves',       '01'),
    ('02',     '宣传广告',       'Advertising',                     NULL),
    ('0201',   '违章张贴小广告', 'Illegal posters',                 '02'),
    ('0202',   '占道广告牌',     'Billboard on the road',           '02'),
    ('03',     '施工管理',       'Construction sites',              NULL),
    ('0301',   '施工扰民',       'Construction noise',              '03'),
    ('0302',   '工地扬尘',       'Construction dust',               '03'),
    ('04',     '街面秩序',       'Street order',                    NULL),
    ('0401',   '无照经营游商',   'Unlicensed street vendor',        '04'),
    ('0402',   '店外经营',       'Business outside the shop',       '04'),
    ('0403',   '机动车乱停放',   'Illegally parked vehicle',        '04'),
    ('0404',   '非机动车乱停放', 'Illegally parked bicycle',        '04'),
    ('05',     '突发事件',       'Emergencies',                     NULL),
    ('0501',   '路面塌陷',       'Road collapse',                   '05'),
    ('0502',   '井盖缺失',       'Missing manhole cover',           '05');
