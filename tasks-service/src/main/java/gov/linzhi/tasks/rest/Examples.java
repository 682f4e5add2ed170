package gov.linzhi.tasks.rest;

/** Named examples for the OpenAPI document, kept in one place. */
public final class Examples {

    private Examples() {
    }

    public static final String IMPORT_FROM_GAZETTE = """
            {"documentNumber": "林政办发〔2020〕5号"}""";

    public static final String CREATE_PLAN = """
            {"code": "林政发〔2020〕9号-112", "title": "林芝市2020年《政府工作报告》任务分解方案（督查室112项）",
             "sourceDocumentNumber": "林政发〔2020〕9号", "startYear": 2020, "endYear": 2020,
             "areas": ["坚决打赢“三大攻坚战”", "推动重点项目建设攻坚突破", "推动特色产业提质增效", "推动城乡边区域协调发展",
                       "推动改革开放不断深化", "推动民生事业持续改善", "推动生态保护再上台阶", "维护和谐稳定良好局面",
                       "抓好政府自身建设", "做好民生十件实事"]}""";

    public static final String IMPORT_RESULT = """
            {"plan": {"id": 2, "code": "林政办发〔2020〕5号", "title": "林芝市职业技能提升行动实施方案（2019—2021年）",
             "sourceDocumentNumber": "林政办发〔2020〕5号", "startYear": 2019, "endYear": 2021, "origin": "GAZETTE_IMPORT",
             "areas": [{"seq": 3, "name": "突出培训重点，广泛开展职业技能提升培训"}], "taskCount": 21},
             "created": 21, "updated": 0, "unchanged": 0}""";

    public static final String TASK = """
            {"id": 43, "planId": 2, "code": "3.1.4", "area": {"seq": 3, "name": "突出培训重点，广泛开展职业技能提升培训"},
             "text": "实施高危行业安全技能提升计划",
             "source": {"documentNumber": "林政办发〔2020〕5号", "reference": "3.1.4",
                        "text": "鼓励高危企业设立安全生产培训中心……", "citationUrl": "/api/v1/documents/by-number/林政办发〔2020〕5号/provisions/3.1.4"},
             "lead": {"id": 10, "name": "市应急管理局"}, "leadBasis": "SOURCE_TEXT",
             "coDepartments": [{"id": 11, "name": "市市场监管局"}, {"id": 12, "name": "市住建局"}, {"id": 1, "name": "市人社局"},
                               {"id": 34, "name": "巴宜区"}],
             "leaderPost": "副市长（分管应急管理）", "dueOn": "2021-12-31", "indicators": []}""";

    public static final String TASK_ROWS_JSON = """
            [{"code": "6.9", "area": "6", "text": "开发公益性岗位800个", "lead": "市人社局", "leadBasis": "SOURCE_TEXT",
              "coDepartments": ["市财政局", "各县（区）人民政府"], "dueOn": "2020-12-31",
              "indicators": [{"name": "开发公益性岗位", "unit": "个", "target": 800}]}]""";

    public static final String TASK_ROWS_CSV = """
            code,area,text,lead,leadBasis,coDepartments,leaderPost,dueOn,sourceDocumentNumber,sourceReference,indicatorName,indicatorUnit,indicatorBaseline,indicatorTarget,indicatorDirection
            6.9,6,开发公益性岗位800个,市人社局,SOURCE_TEXT,市财政局、各县（区）人民政府,,2020-12-31,林政发〔2020〕9号,,开发公益性岗位,个,,800,HIGHER_IS_BETTER""";

    public static final String TASK_IMPORT_RESULT = """
            {"plan": {"id": 1, "code": "GZBG-2020", "title": "林芝市2020年《政府工作报告》任务分解方案", "taskCount": 40},
             "created": 1, "updated": 0, "unchanged": 0}""";

    public static final String FILE_REPORT = """
            {"period": "H1", "year": 2020, "percentComplete": 45, "narrative": "上半年完成高危行业安全技能培训620人次。",
             "problems": "部分县区培训机构不足。", "nextSteps": "下半年开展矿山、建筑施工专项培训。",
             "indicatorValues": []}""";

    public static final String REPORT = """
            {"id": 7, "taskId": 43, "taskCode": "3.1.4", "department": {"id": 10, "name": "市应急管理局"},
             "kind": "OFFICIAL", "period": "H1", "year": 2020, "version": 1, "current": true, "percentComplete": 45,
             "narrative": "上半年完成高危行业安全技能培训620人次。", "problems": "部分县区培训机构不足。",
             "nextSteps": "下半年开展矿山、建筑施工专项培训。", "indicatorValues": [], "filedBy": "张三",
             "filedOn": "2020-07-06", "dueOn": "2020-07-05", "late": true}""";

    public static final String SUPERVISION = """
            {"asOf": "2020-07-06", "year": 2020, "planId": 2,
             "summary": {"tasks": 21, "green": 1, "amber": 0, "red": 20, "missingReports": 20, "lateReports": 1, "flagged": 1},
             "tasks": [{"taskId": 43, "planId": 2, "code": "3.1.4", "areaSeq": 3, "areaName": "突出培训重点，广泛开展职业技能提升培训",
                        "text": "实施高危行业安全技能提升计划", "lead": {"id": 10, "name": "市应急管理局"},
                        "coDepartments": ["市市场监管局", "市住建局", "市人社局"], "leaderPost": "副市长（分管应急管理）",
                        "status": "GREEN", "reason": "按进度推进（应完成约51%，报告完成45%）", "expectedPercent": 51,
                        "reportedPercent": 45,
                        "periods": [{"period": "H1", "dueOn": "2020-07-05", "state": "LATE", "filedOn": "2020-07-06"},
                                    {"period": "Q3", "dueOn": "2020-09-30", "state": "NOT_YET_DUE"},
                                    {"period": "ANNUAL", "dueOn": "2020-12-15", "state": "NOT_YET_DUE"}],
                        "flagged": false}],
             "missingReports": [{"department": {"id": 1, "name": "市人社局"},
                                 "missing": [{"taskId": 40, "taskCode": "3.1.1", "taskText": "实施岗位技能提升计划",
                                              "period": "H1", "dueOn": "2020-07-05"}]}],
             "slowTasks": [],
             "departmentScorecards": [{"name": "市应急管理局", "tasksLed": 1, "reportsDue": 1, "reportsOnTime": 0, "reportsLate": 1,
                                       "reportsMissing": 0, "green": 1, "amber": 0, "red": 0,
                                       "shareGreen": 1.0, "shareAmber": 0.0, "shareRed": 0.0}],
             "leaderScorecards": []}""";

    public static final String FLAG_REQUEST = """
            {"note": "上半年报告未按期报送，列入重点抽查督办"}""";

    public static final String FLAG = """
            {"taskId": 40, "note": "上半年报告未按期报送，列入重点抽查督办", "flaggedBy": "督查室李四", "flaggedOn": "2020-07-06"}""";

    public static final String TRAINING_TARGET = """
            {"year": 2020, "documentNumber": "林政办发〔2020〕5号", "target": 7000, "status": "available",
             "approvedPersonTimes": 3500, "percentOfTarget": 50.0, "planPeriodTarget": 21500,
             "detail": "approved subsidised training person-times from subsidy-service"}""";

    public static final String TRAINING_TARGET_UNAVAILABLE = """
            {"year": 2020, "documentNumber": "林政办发〔2020〕5号", "target": 7000, "status": "unavailable",
             "detail": "subsidy-service did not answer; progress is unavailable"}""";

    public static final String DEPARTMENT = """
            {"id": 1, "name": "市人社局", "fullName": "林芝市人力资源和社会保障局", "kind": "CITY_DEPARTMENT",
             "leaderPost": "副市长（分管人力资源社会保障）", "origin": "SEED",
             "aliases": ["人社局", "市人力资源和社会保障局", "人力资源和社会保障局", "林芝市人力资源和社会保障局"]}""";

    public static final String RESOLUTION = """
            {"written": "各县（区）人民政府", "collective": true,
             "departments": [{"id": 34, "name": "巴宜区"}, {"id": 35, "name": "米林县"}, {"id": 36, "name": "工布江达县"},
                             {"id": 37, "name": "波密县"}, {"id": 38, "name": "察隅县"}, {"id": 39, "name": "墨脱县"},
                             {"id": 40, "name": "朗县"}]}""";





}
